package com.rcm.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class X12AmountsTests {

    @Test
    void readsEveryDecimalSpellingExactly() {
        assertEquals(15000, X12Amounts.toCents("150"));
        assertEquals(15000, X12Amounts.toCents("150.00"));
        assertEquals(1250, X12Amounts.toCents("12.5"));
        assertEquals(75, X12Amounts.toCents(".75"));
        assertEquals(-127, X12Amounts.toCents("-1.27"));
        assertEquals(21136697, X12Amounts.toCents("211366.97"));
    }

    @Test
    void refusesFractionsOfACentRatherThanRounding() {
        assertThrows(IllegalArgumentException.class, () -> X12Amounts.toCents("12.345"));
        assertThrows(IllegalArgumentException.class, () -> X12Amounts.toCents("12,50"));
    }

    @Test
    void writesWholeDollarsWithoutDecimalsAndCentsWithTwo() {
        assertEquals("150", X12Amounts.format(15000));
        assertEquals("12.50", X12Amounts.format(1250));
        assertEquals("0.05", X12Amounts.format(5));
        assertEquals("-150", X12Amounts.format(-15000));
        assertEquals("-0.75", X12Amounts.format(-75));
        assertEquals("0", X12Amounts.format(0));
        assertEquals("-1.50", X12Amounts.format(-150));
    }

    @Test
    void refusesANegativeAmountWhereTheGuideAllowsNoneNamingTheElement() {
        assertEquals("0", X12Amounts.formatNonNegative(0, "BPR02 total payment"));
        assertEquals("1.50", X12Amounts.formatNonNegative(150, "BPR02 total payment"));
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> X12Amounts.formatNonNegative(-150, "BPR02 total payment"));
        assertEquals("BPR02 total payment cannot be negative, was -1.50", refused.getMessage());
    }
}
