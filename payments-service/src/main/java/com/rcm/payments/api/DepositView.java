package com.rcm.payments.api;

import java.time.LocalDate;

/**
 * One payment as it reaches the practice's bank (BPR/TRN), for reconciling the bank statement: what
 * arrived, what of it was posted to claims, provider-level adjustments, and what is still unposted
 * (unmatched claim payments, or a remittance held as an exception).
 * amountCents = postedCents - providerAdjustmentCents + unpostedCents.
 */
public record DepositView(
        String remittanceId,
        String payerId,
        String traceNumber,
        String paymentMethod,
        LocalDate paymentDate,
        long amountCents,
        long postedCents,
        long providerAdjustmentCents,
        long unpostedCents,
        String status) {}
