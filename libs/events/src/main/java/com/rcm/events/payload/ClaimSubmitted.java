package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/**
 * A professional claim left for the clearinghouse as an 837P. {@code billingProviderNpi} is the 2010AA
 * NPI it was billed under, for information only: payments routes 835s by {@link PayeeRegistered}
 * alone (ADR 23), never by what a claim says.
 */
public record ClaimSubmitted(String claimId, String encounterId, String patientControlNumber, String payerId,
        Patient patient, LocalDate dateOfService, long totalChargeCents, List<ServiceLine> lines,
        String interchangeControlNumber, String billingProviderNpi) {
}
