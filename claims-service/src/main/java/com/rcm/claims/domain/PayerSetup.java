package com.rcm.claims.domain;

import com.rcm.claims.scrub.PayerRule;
import java.util.Set;

/**
 * A payer a practice bills, with its claim filing indicator (SBR09), timely-filing limit, the days it
 * gives to appeal a denial and the payer-specific scrubber rules the practice switched on for it; its
 * type, whether it receives claims by crossover from the payer before it, and for Medicare the reason
 * it pays second (SBR05) when it is billed after another payer. The practice's setup, not the payer
 * as an 835 names it (libs/x12's {@code remittance.Payer}).
 */
public record PayerSetup(
        String payerId,
        String name,
        String claimFilingIndicator,
        int timelyFilingDays,
        Set<PayerRule> rules,
        Integer appealDays,
        Integer statusInquiryDays,
        Integer allowedPercent,
        PayerType type,
        Boolean receivesCrossovers,
        String medicareSecondaryType) {
    /** Most commercial contracts allow 180 days to appeal; a payer's own limit replaces it. */
    public static final int DEFAULT_APPEAL_DAYS = 180;
    /** A claim the payer has not decided after this many days is asked about (276). */
    public static final int DEFAULT_STATUS_INQUIRY_DAYS = 30;

    /**
     * SBR05 12: the patient or spouse works and has an employer group health plan, the commonest reason
     * Medicare pays second.
     */
    public static final String DEFAULT_MEDICARE_SECONDARY_TYPE = "12";

    /** A payer with the type its filing indicator implies, no crossovers and the default SBR05. */
    public PayerSetup(
            String payerId,
            String name,
            String claimFilingIndicator,
            int timelyFilingDays,
            Set<PayerRule> rules,
            Integer appealDays,
            Integer statusInquiryDays,
            Integer allowedPercent) {
        this(
                payerId,
                name,
                claimFilingIndicator,
                timelyFilingDays,
                rules,
                appealDays,
                statusInquiryDays,
                allowedPercent,
                null,
                null,
                null);
    }

    public PayerSetup {
        type = type == null ? PayerType.implied(claimFilingIndicator) : type;
        receivesCrossovers = Boolean.TRUE.equals(receivesCrossovers);
        medicareSecondaryType = medicareSecondaryType == null || medicareSecondaryType.isBlank()
                ? DEFAULT_MEDICARE_SECONDARY_TYPE
                : medicareSecondaryType;
        rules = rules == null ? Set.of() : Set.copyOf(rules);
        appealDays = appealDays == null || appealDays <= 0 ? DEFAULT_APPEAL_DAYS : appealDays;
        statusInquiryDays =
                statusInquiryDays == null || statusInquiryDays < 0 ? DEFAULT_STATUS_INQUIRY_DAYS : statusInquiryDays;
    }

    /** SBR05 for a claim billed to this payer at {@code coverageOrder}: only Medicare after another payer. */
    public String insuranceTypeCode(int coverageOrder) {
        return type == PayerType.MEDICARE && coverageOrder > 1 ? medicareSecondaryType : null;
    }

    /** What the payer allows of a charge by contract; the whole charge when the practice did not say. */
    public long allowedOf(long chargeCents) {
        return allowedPercent == null ? chargeCents : Math.floorDiv(chargeCents * allowedPercent + 50, 100);
    }
}
