package com.rcm.x12;

import java.util.Objects;

/**
 * A postal address as N3/N4 carry it.
 *
 * @param line2      N302, null when absent
 * @param postalCode N403, 5 or 9 digits (the billing provider address must be 9)
 */
public record Address(String line1, String line2, String city, String state, String postalCode) {

    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(postalCode, "postalCode");
        line2 = X12Text.blankToNull(line2);
        state = X12Text.blankToNull(state);
    }

    public static Address of(String line1, String city, String state, String postalCode) {
        return new Address(line1, null, city, state, postalCode);
    }

    /** ZIP+4 without the dash: the 837P billing provider loop rejects anything shorter. */
    public boolean hasNineDigitZip() {
        return postalCode.matches("\\d{9}");
    }
}
