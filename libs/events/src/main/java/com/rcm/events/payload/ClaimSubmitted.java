package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/** A professional claim left for the clearinghouse as an 837P. */
public record ClaimSubmitted(String claimId, String encounterId, String patientControlNumber, String payerId,
        Patient patient, LocalDate dateOfService, long totalChargeCents, List<ServiceLine> lines,
        String interchangeControlNumber) {
}
