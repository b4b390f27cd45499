package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/**
 * A professional claim left for the clearinghouse as an 837P. {@code billingProviderNpi} lets the
 * payments service route the payer's remittance (835 payee NPI) back to the practice.
 */
public record ClaimSubmitted(String claimId, String encounterId, String patientControlNumber, String payerId,
        Patient patient, LocalDate dateOfService, long totalChargeCents, List<ServiceLine> lines,
        String interchangeControlNumber, String billingProviderNpi) {
}
