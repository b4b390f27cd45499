package com.rcm.claims.domain;

import com.rcm.claims.scrub.PayerRule;
import java.util.Set;

/**
 * A payer a practice bills, with its claim filing indicator (SBR09), timely-filing limit and the
 * payer-specific scrubber rules the practice switched on for it.
 */
public record Payer(String payerId, String name, String claimFilingIndicator, int timelyFilingDays,
        Set<PayerRule> rules) {

    public Payer {
        rules = rules == null ? Set.of() : Set.copyOf(rules);
    }
}
