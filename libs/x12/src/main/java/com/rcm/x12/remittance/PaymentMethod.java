package com.rcm.x12.remittance;

/** BPR04: how the money moved, which decides whether BPR carries bank routing data. */
public enum PaymentMethod {
    /** Automated Clearing House (EFT); BPR05..BPR15 carry the bank accounts. */
    ACH,
    /** Paper check; TRN02 is the check number. */
    CHK,
    /** Federal Reserve wire transfer. */
    FWT,
    /** Financial institution option: the payer's bank chooses. */
    BOP,
    /** No payment: a zero-dollar remittance (denials, or offsets that ate the whole payment). */
    NON;

    public static PaymentMethod fromCode(String code) {
        try {
            return valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "BPR04 payment method '" + code + "' is not ACH, CHK, FWT, BOP or NON", e);
        }
    }
}
