package com.rcm.events.payload;

/**
 * The payer's decision on one claim as read from an 835 CLP segment. {@code outcome} is PAID,
 * PARTIALLY_PAID or DENIED. {@code payerId} is who decided and {@code coverageOrder} where it stands
 * among the encounter's payers (a crossover payer answering on the claim it was forwarded stands next).
 */
public record ClaimAdjudicated(
        String claimId,
        String encounterId,
        String remittanceId,
        String patientControlNumber,
        String payerClaimControlNumber,
        String claimStatusCode,
        String outcome,
        long chargeCents,
        long paidCents,
        long patientResponsibilityCents,
        String payerId,
        int coverageOrder) {

    public ClaimAdjudicated {
        coverageOrder = Math.max(1, coverageOrder);
    }

    /** A decision whose payer is not named (the encounter's only payer). */
    public ClaimAdjudicated(
            String claimId,
            String encounterId,
            String remittanceId,
            String patientControlNumber,
            String payerClaimControlNumber,
            String claimStatusCode,
            String outcome,
            long chargeCents,
            long paidCents,
            long patientResponsibilityCents) {
        this(
                claimId,
                encounterId,
                remittanceId,
                patientControlNumber,
                payerClaimControlNumber,
                claimStatusCode,
                outcome,
                chargeCents,
                paidCents,
                patientResponsibilityCents,
                null,
                1);
    }
}
