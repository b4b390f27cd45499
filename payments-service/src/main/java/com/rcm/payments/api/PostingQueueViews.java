package com.rcm.payments.api;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the payment poster works through: unmatched claim payments, held remittances, provider adjustments. */
public final class PostingQueueViews {

    /** A claim payment no claim took, with why; {@code matchable} when it can be matched by hand. */
    public record UnmatchedItem(
            long id,
            String remittanceId,
            String payerId,
            String traceNumber,
            String patientControlNumber,
            String claimStatusCode,
            long chargeCents,
            long paidCents,
            String reason,
            boolean matchable) {}

    /** A remittance held unposted because it does not balance, with the exact differences. */
    public record ExceptionItem(
            String remittanceId,
            String payerId,
            String traceNumber,
            long paymentAmountCents,
            String problem,
            OffsetDateTime receivedAt) {}

    /** A provider-level adjustment (PLB) posted to the practice, not to a claim. */
    public record ProviderAdjustmentItem(
            String remittanceId,
            String payerId,
            String traceNumber,
            LocalDate paymentDate,
            String reasonCode,
            String reference,
            long amountCents) {}

    /** The provider ledger for a period: each PLB, and totals by reason (L6 interest, WO recoupment, FB...). */
    public record ProviderLedger(List<ProviderAdjustmentItem> adjustments, Map<String, Long> totalsByReason) {}

    /** A claim payment that fell short of the payer's contract by more than the practice's threshold. */
    public record UnderpaidClaim(
            String claimId,
            String patientControlNumber,
            String remittanceId,
            String payerId,
            long paidCents,
            long underpaidCents,
            OffsetDateTime postedAt) {}

    public record MatchRequest(@NotBlank String claimId) {}

    private PostingQueueViews() {}
}
