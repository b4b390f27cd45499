package com.rcm.x12.claimstatus;

import com.rcm.x12.InterchangeEnvelope;
import java.time.LocalDate;

/**
 * The 277 (005010X212) answer about one claim: STC01 as {@code category} (A acknowledged, P pending,
 * F finalized, R more information requested, E error) and {@code statusCode} (e.g. F1:65 paid),
 * its date, the charge and what was paid, and the payer's claim number (REF*1K) when it has one.
 */
public record ClaimStatusReport(
        InterchangeEnvelope envelope,
        String traceNumber,
        String payerId,
        String payerName,
        String patientControlNumber,
        String category,
        String statusCode,
        LocalDate statusDate,
        long chargeCents,
        long paidCents,
        String payerClaimNumber) {

    /** The category's first letter: A, P, F, R or E. */
    public char kind() {
        return category == null || category.isEmpty() ? 'E' : category.charAt(0);
    }
}
