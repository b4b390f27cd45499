package com.rcm.x12.remittance;

import com.rcm.x12.InterchangeEnvelope;
import java.util.List;
import java.util.Objects;

/**
 * One 835 (005010X221A1) transaction set: one payment or notification from one payer to one payee.
 * Claims from every LX group are kept in file order; LX grouping is not kept.
 *
 * @param traceNumber          TRN02, the check or EFT trace number; reassociates the money with this file
 * @param originatingCompanyId TRN03, "1" + the payer's EIN by convention
 */
public record Remittance(
        InterchangeEnvelope envelope,
        PaymentInfo payment,
        String traceNumber,
        String originatingCompanyId,
        Payer payer,
        Payee payee,
        List<ClaimPayment> claims,
        List<ProviderAdjustment> providerAdjustments) {

    public Remittance {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(traceNumber, "traceNumber");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        claims = List.copyOf(claims == null ? List.of() : claims);
        providerAdjustments = List.copyOf(providerAdjustments == null ? List.of() : providerAdjustments);
    }

    public long claimPaidCents() {
        return claims.stream().mapToLong(ClaimPayment::paidCents).sum();
    }

    public long providerAdjustmentCents() {
        return providerAdjustments.stream()
                .mapToLong(ProviderAdjustment::amountCents)
                .sum();
    }
}
