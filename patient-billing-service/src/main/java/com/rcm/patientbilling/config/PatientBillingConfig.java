package com.rcm.patientbilling.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** This service's own settings, under {@code patient-billing.*}. */
@ConfigMapping(prefix = "patient-billing")
public interface PatientBillingConfig {

    Statements statements();

    interface Statements {
        /** Days from the statement date to its due date. */
        @WithDefault("30")
        int dueDays();
    }
}
