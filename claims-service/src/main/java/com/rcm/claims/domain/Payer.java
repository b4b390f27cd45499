package com.rcm.claims.domain;

import com.rcm.claims.scrub.PayerRule;
import java.util.Set;

/**
 * A payer a practice bills, with its claim filing indicator (SBR09), timely-filing limit, the days it
 * gives to appeal a denial and the payer-specific scrubber rules the practice switched on for it.
 */
public record Payer(String payerId, String name, String claimFilingIndicator, int timelyFilingDays,
        Set<PayerRule> rules, Integer appealDays) {
    /** Most commercial contracts allow 180 days to appeal; a payer's own limit replaces it. */
    public static final int DEFAULT_APPEAL_DAYS = 180;

    public Payer {
        rules = rules == null ? Set.of() : Set.copyOf(rules);
        appealDays = appealDays == null || appealDays <= 0 ? DEFAULT_APPEAL_DAYS : appealDays;
    }
}
