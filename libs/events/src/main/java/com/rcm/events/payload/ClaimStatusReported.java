package com.rcm.events.payload;

import java.time.LocalDate;

/**
 * The payer answered a claim status inquiry (277) with something new: its status category and code
 * (e.g. P1:20 pending, F1:65 paid, F2 denied, R needs information) and where that moved the claim.
 */
public record ClaimStatusReported(
        String claimId,
        String encounterId,
        String patientControlNumber,
        String category,
        String statusCode,
        LocalDate statusDate,
        long paidCents,
        String claimStatus) {}
