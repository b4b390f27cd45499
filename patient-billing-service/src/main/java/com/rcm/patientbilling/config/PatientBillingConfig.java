package com.rcm.patientbilling.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** This service's own settings, under {@code patient-billing.*}. */
@ConfigMapping(prefix = "patient-billing")
public interface PatientBillingConfig {

    /** The rules of a practice that has not set its own ({@code PUT /v1/billing-policy}). */
    Defaults defaults();

    Statements statements();

    Cycle cycle();

    /**
     * Days a patient's share waits for the patient's next payer to decide before the billing cycle bills
     * it anyway; that payer's later decision then corrects it.
     */
    @WithDefault("45")
    int nextPayerWaitDays();

    interface Statements {
        /** How often the statement batch looks for guarantors waiting that no arrival announced. */
        @WithDefault("1s")
        String interval();

        /** How long guarantors queued after a batch gather before the next batch issues their statements. */
        @WithDefault("1s")
        Duration window();

        /** Guarantors one batch works through per practice; the rest wait for the next. */
        @WithDefault("200")
        int maxPerBatch();
    }

    interface Defaults {
        /** Days from the statement date to its due date. */
        @WithDefault("30")
        int dueDays();

        /** Days from one notice to the next while a balance stays open. */
        @WithDefault("30")
        int cycleDays();

        @WithDefault("30")
        int finalNoticeAfterDays();

        @WithDefault("30")
        int collectionsAfterDays();

        /** Balances of at most this many cents are written off instead of billed; 0 turns the rule off. */
        @WithDefault("0")
        long smallBalanceCents();

        @WithDefault("10")
        int planGraceDays();
    }

    interface Cycle {
        /** How often to look for practices whose daily billing cycle has not run today ("off" in tests). */
        @WithDefault("1h")
        String checkEvery();

        /**
         * Whether an on-demand run may be dated in the future. Off in production; tests turn it on to
         * walk a guarantor through weeks of dunning and installments in seconds.
         */
        @WithDefault("false")
        boolean allowFutureRuns();
    }
}
