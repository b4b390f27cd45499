package com.rcm.claims.domain;

import com.rcm.claims.scrub.PayerRule;
import java.util.Set;

/**
 * A payer a practice bills, with its claim filing indicator (SBR09), timely-filing limit, the days it
 * gives to appeal a denial and the payer-specific scrubber rules the practice switched on for it.
 */
public record Payer(String payerId, String name, String claimFilingIndicator, int timelyFilingDays,
        Set<PayerRule> rules, Integer appealDays, Integer statusInquiryDays, Integer allowedPercent) {
    /** Most commercial contracts allow 180 days to appeal; a payer's own limit replaces it. */
    public static final int DEFAULT_APPEAL_DAYS = 180;
    /** A claim the payer has not decided after this many days is asked about (276). */
    public static final int DEFAULT_STATUS_INQUIRY_DAYS = 30;

    public Payer {
        rules = rules == null ? Set.of() : Set.copyOf(rules);
        appealDays = appealDays == null || appealDays <= 0 ? DEFAULT_APPEAL_DAYS : appealDays;
        statusInquiryDays = statusInquiryDays == null || statusInquiryDays < 0 ? DEFAULT_STATUS_INQUIRY_DAYS
                : statusInquiryDays;
    }

    /** What the payer allows of a charge by contract; the whole charge when the practice did not say. */
    public long allowedOf(long chargeCents) {
        return allowedPercent == null ? chargeCents : Math.floorDiv(chargeCents * allowedPercent + 50, 100);
    }
}
