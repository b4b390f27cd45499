package com.rcm.patientbilling.domain;

/**
 * A practice's patient-billing rules. {@code cycleDays}: days from a notice to the next one while a
 * balance stays open (a repeat statement, or a reminder when nothing was paid); then a final notice
 * {@code finalNoticeAfterDays} after the reminder and the collections flag {@code collectionsAfterDays}
 * after the final notice. Balances of at most {@code smallBalanceCents} are written off instead of
 * billed (0 turns the rule off). A missed installment has {@code planGraceDays} before the plan defaults.
 */
public record BillingPolicy(
        int dueDays,
        int cycleDays,
        int finalNoticeAfterDays,
        int collectionsAfterDays,
        long smallBalanceCents,
        int planGraceDays) {}
