package com.rcm.payments.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A remittance with what was matched and posted, and what was not. */
public record RemittanceView(String id, String payerId, String payerName, String traceNumber, String paymentMethod,
        LocalDate paymentDate, long paymentAmountCents, String status, String problem, String channel,
        OffsetDateTime receivedAt, List<ClaimPosting> claims, List<Unmatched> unmatched,
        List<ProviderAdjustment> providerAdjustments) {

    public record ClaimPosting(String claimId, String encounterId, String patientControlNumber,
            String payerClaimControlNumber, String claimStatusCode, long chargeCents, long paidCents,
            long patientResponsibilityCents, List<AdjustmentView> adjustments, long underpaidCents) {
    }

    public record AdjustmentView(Integer lineNumber, String groupCode, String carc, long amountCents) {
    }

    public record Unmatched(String patientControlNumber, String claimStatusCode, long chargeCents, long paidCents,
            String reason) {
    }

    public record ProviderAdjustment(String reasonCode, String reference, long amountCents) {
    }
}
