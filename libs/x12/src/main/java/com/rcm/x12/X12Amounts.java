package com.rcm.x12;

import java.math.BigDecimal;

/** X12 decimal (R) amounts to and from cents, exactly: "150" is 15000, "12.5" is 1250; never a float. */
public final class X12Amounts {

    public static String of(long cents) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2).stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0).toPlainString() : amount.toPlainString();
    }

    /** "150" → 15000, "-12.5" → -1250; a missing amount or one with more than two decimals is refused. */
    public static long cents(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidX12Exception(java.util.List.of("a required amount is missing"));
        }
        try {
            return new BigDecimal(amount.trim()).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidX12Exception(java.util.List.of("not an amount in cents: " + amount));
        }
    }

    private X12Amounts() {
    }
}
