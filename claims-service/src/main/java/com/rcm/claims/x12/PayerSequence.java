package com.rcm.claims.x12;

/** SBR01, the payer responsibility sequence: which of the patient's payers a loop names. */
final class PayerSequence {

    static String of(int coverageOrder) {
        return switch (coverageOrder) {
            case 1 -> "P";
            case 2 -> "S";
            case 3 -> "T";
            default -> throw new IllegalArgumentException("no payer sequence for coverage " + coverageOrder);
        };
    }

    private PayerSequence() {}
}
