package com.rcm.testkit;

import java.util.concurrent.ThreadLocalRandom;

/** NPIs for tests: a billing NPI belongs to one practice, so each test that registers one takes a fresh one. */
public final class TestNpis {

    /** A valid NPI (Luhn check digit over the 80840 prefix) no other test is likely to use. */
    public static String newNpi() {
        String base = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String withPrefix = "80840" + base;
        int sum = 0;
        boolean twice = true;
        for (int i = withPrefix.length() - 1; i >= 0; i--) {
            int digit = withPrefix.charAt(i) - '0';
            if (twice) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            twice = !twice;
        }
        return base + (10 - sum % 10) % 10;
    }

    private TestNpis() {}
}
