package com.rcm.x12;

import java.math.BigDecimal;
import java.util.List;

/**
 * Converts X12 "R" (decimal) amounts to and from integer cents. Goes through BigDecimal so
 * "12.5", "12.50" and ".75" all convert exactly; a value with fractions of a cent is refused
 * rather than rounded, because a silently rounded payment never balances.
 */
public final class X12Amounts {

    private X12Amounts() {}

    public static long toCents(String amount) {
        if (X12Text.isBlank(amount)) {
            throw new IllegalArgumentException("amount is empty");
        }
        try {
            return new BigDecimal(amount.strip()).movePointRight(2).setScale(0).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount '" + amount + "' has fractions of a cent", e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount '" + amount + "' is not a decimal number", e);
        }
    }

    /**
     * "150" → 15000, "-12.5" → -1250, for callers that treat a bad amount as a bad interchange.
     *
     * @throws InvalidX12Exception when the amount is missing or has fractions of a cent
     */
    public static long cents(String amount) {
        try {
            return toCents(amount);
        } catch (IllegalArgumentException e) {
            throw new InvalidX12Exception(List.of(
                    X12Text.isBlank(amount) ? "a required amount is missing" : "not an amount in cents: " + amount));
        }
    }

    /** For optional amounts (CLP05, SVC03 on some files): empty means zero. */
    public static long toCentsOrZero(String amount) {
        return X12Text.isBlank(amount) ? 0 : toCents(amount);
    }

    /**
     * The one way money is written into X12: "150" when whole dollars, "150.25" / "12.50" / "-1.50"
     * otherwise; negative for reversals and money given back.
     */
    public static String format(long cents) {
        if (cents % 100 == 0) {
            return Long.toString(cents / 100);
        }
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /**
     * As {@link #format(long)}, for an element the guides allow no negative amount in (a charge, BPR02, a
     * copay): a negative one is refused before it leaves, naming {@code element}, rather than rejected
     * by the receiver.
     */
    public static String formatNonNegative(long cents, String element) {
        if (cents < 0) {
            throw new IllegalArgumentException(element + " cannot be negative, was " + format(cents));
        }
        return format(cents);
    }

    /** Quantities (units, CAS quantity) are decimals too, written without trailing zeros. */
    public static String formatQuantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    public static BigDecimal toQuantity(String value) {
        return X12Text.isBlank(value) ? null : normalize(new BigDecimal(value.strip()));
    }

    /** One representation per value, so records holding quantities compare equal after a round trip. */
    public static BigDecimal normalize(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
