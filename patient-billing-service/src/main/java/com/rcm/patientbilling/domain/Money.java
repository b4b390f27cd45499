package com.rcm.patientbilling.domain;

import java.math.BigDecimal;

/** Cents as people read them: $29.60, -$5.00. */
public final class Money {

    public static String format(long cents) {
        BigDecimal amount = BigDecimal.valueOf(Math.abs(cents), 2);
        return (cents < 0 ? "-$" : "$") + amount.toPlainString();
    }

    private Money() {}
}
