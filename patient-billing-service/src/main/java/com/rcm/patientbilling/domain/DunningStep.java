package com.rcm.patientbilling.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The next step for a guarantor who still owes after their last notice: nothing yet, another notice,
 * or the collections flag. A payment since the last notice starts the sequence again at STATEMENT.
 */
public enum DunningStep {
    WAIT,
    STATEMENT,
    REMINDER,
    FINAL_NOTICE,
    COLLECTIONS;

    public static DunningStep after(
            Notice last, LocalDate lastIssuedOn, boolean paidSince, LocalDate asOf, BillingPolicy policy) {
        long days = ChronoUnit.DAYS.between(lastIssuedOn, asOf);
        if (paidSince) {
            return days >= policy.cycleDays() ? STATEMENT : WAIT;
        }
        return switch (last) {
            case STATEMENT -> days >= policy.cycleDays() ? REMINDER : WAIT;
            case REMINDER -> days >= policy.finalNoticeAfterDays() ? FINAL_NOTICE : WAIT;
            case FINAL_NOTICE -> days >= policy.collectionsAfterDays() ? COLLECTIONS : WAIT;
        };
    }

    /** The notice this step sends, if it sends one. */
    public Notice notice() {
        return switch (this) {
            case STATEMENT -> Notice.STATEMENT;
            case REMINDER -> Notice.REMINDER;
            case FINAL_NOTICE -> Notice.FINAL_NOTICE;
            case WAIT, COLLECTIONS -> null;
        };
    }
}
