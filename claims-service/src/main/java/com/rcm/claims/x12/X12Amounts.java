package com.rcm.claims.x12;

import java.math.BigDecimal;

/** X12 decimal (R) amounts from cents: "150", "12.5", "0.01" — no trailing zeros, never a float. */
public final class X12Amounts {

    public static String of(long cents) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2).stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0).toPlainString() : amount.toPlainString();
    }

    private X12Amounts() {
    }
}
