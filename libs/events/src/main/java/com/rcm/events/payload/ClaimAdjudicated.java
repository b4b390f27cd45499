package com.rcm.events.payload;

/**
 * The payer's decision on one claim as read from an 835 CLP segment. {@code outcome} is PAID,
 * PARTIALLY_PAID or DENIED.
 */
public record ClaimAdjudicated(String claimId, String encounterId, String remittanceId, String patientControlNumber,
        String payerClaimControlNumber, String claimStatusCode, String outcome, long chargeCents, long paidCents,
        long patientResponsibilityCents) {
}
