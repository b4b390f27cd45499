package com.rcm.x12.remittance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * BPR: the money side of the remittance.
 *
 * @param transactionHandlingCode BPR01: "I" remittance information only, "C" payment with
 *                                remittance, "H" notification only, "D" make payment only...
 * @param totalPaymentCents       BPR02, the total actual provider payment; equals Σ CLP04 − Σ PLB
 * @param creditDebitFlag         BPR03: "C" credit (money to the provider), "D" debit
 * @param eftAccounts             BPR06..BPR15, only for ACH; null otherwise
 * @param paymentDate             BPR16, the check issue or EFT effective date
 */
public record PaymentInfo(
        String transactionHandlingCode,
        long totalPaymentCents,
        String creditDebitFlag,
        PaymentMethod method,
        EftAccounts eftAccounts,
        LocalDate paymentDate) {

    public PaymentInfo {
        Objects.requireNonNull(transactionHandlingCode, "transactionHandlingCode");
        Objects.requireNonNull(creditDebitFlag, "creditDebitFlag");
        Objects.requireNonNull(method, "method");
    }
}
