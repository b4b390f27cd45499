package com.rcm.payments.domain;

import com.rcm.events.payload.Adjustment;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment of an 835 (BPR/TRN) as the poster works with it, independent of X12 syntax.
 * All amounts are cents.
 *
 * @param imbalances where the payment as sent does not add up (line, claim and file balancing by libs/x12's
 *                   {@code RemittanceBalance}), each with its exact difference; empty when it balances.
 *                   A payment with any is never posted automatically.
 */
public record RemittanceAdvice(
        String payerId,
        String payerName,
        String payeeNpi,
        String traceNumber,
        String paymentMethod,
        LocalDate paymentDate,
        long paymentAmountCents,
        List<ClaimPaymentAdvice> claims,
        List<ProviderAdjustment> providerAdjustments,
        List<String> imbalances) {

    public RemittanceAdvice {
        imbalances = List.copyOf(imbalances == null ? List.of() : imbalances);
    }

    public boolean balances() {
        return imbalances.isEmpty();
    }

    /** A CLP loop: the payer's decision on one claim. */
    public record ClaimPaymentAdvice(
            String patientControlNumber,
            String statusCode,
            long chargeCents,
            long paidCents,
            long patientResponsibilityCents,
            String payerClaimControlNumber,
            List<Adjustment> adjustments,
            List<ServicePaymentAdvice> lines) {}

    /** An SVC loop: the payer's decision on one service line, with its remark codes (LQ*HE RARCs). */
    public record ServicePaymentAdvice(
            String code,
            List<String> modifiers,
            long chargeCents,
            long paidCents,
            Integer units,
            String lineControlNumber,
            List<Adjustment> adjustments,
            List<String> remarkCodes) {}

    /** A PLB adjustment: positive takes money back from the provider, negative gives it. */
    public record ProviderAdjustment(String reasonCode, String reference, long amountCents) {}
}
