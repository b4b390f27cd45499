package com.rcm.payments.api;

import com.rcm.payments.domain.GuideWarning;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A remittance with what was matched and posted, and what was not; {@code warnings} are its file's
 * departures from the implementation guide that did not stop the posting.
 */
public record RemittanceView(
        String id,
        String payerId,
        String payerName,
        String traceNumber,
        String paymentMethod,
        LocalDate paymentDate,
        long paymentAmountCents,
        String status,
        String problem,
        String channel,
        OffsetDateTime receivedAt,
        List<ClaimPosting> claims,
        List<Unmatched> unmatched,
        List<ProviderAdjustment> providerAdjustments,
        List<GuideWarning> warnings) {

    /**
     * One claim payment as posted. {@code payerSequence} is whether the payer paid as PRIMARY, SECONDARY
     * or TERTIARY (CLP02 1/2/3, or 19/20/21 when it also forwarded the claim to the next payer,
     * {@code forwarded}); REVERSAL for CLP02 22, DENIED for 4. {@code lines} are what the payer paid on
     * each service line, so a line ties out with the adjustments that carry its line number.
     */
    public record ClaimPosting(
            String claimId,
            String encounterId,
            String patientControlNumber,
            String payerClaimControlNumber,
            String claimStatusCode,
            long chargeCents,
            long paidCents,
            long patientResponsibilityCents,
            List<AdjustmentView> adjustments,
            long underpaidCents,
            String payerSequence,
            boolean forwarded,
            List<String> remarkCodes,
            List<LinePosting> lines) {}

    /** One paid service line (SVC); {@code lineNumber} is the billed line it answers, null when none matched. */
    public record LinePosting(Integer lineNumber, String code, long chargeCents, long paidCents) {}

    public record AdjustmentView(Integer lineNumber, String groupCode, String carc, long amountCents) {}

    public record Unmatched(
            String patientControlNumber, String claimStatusCode, long chargeCents, long paidCents, String reason) {}

    public record ProviderAdjustment(String reasonCode, String reference, long amountCents) {}
}
