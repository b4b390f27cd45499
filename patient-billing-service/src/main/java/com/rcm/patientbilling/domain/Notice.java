package com.rcm.patientbilling.domain;

/** What a statement is in the dunning sequence. */
public enum Notice {
    STATEMENT,
    REMINDER,
    FINAL_NOTICE
}
