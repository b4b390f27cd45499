package com.rcm.patientbilling.domain;

/** What a ledger entry records. What the patient owes is positive; money they paid is negative. */
public enum LedgerKind {
    PATIENT_RESPONSIBILITY, PATIENT_PAYMENT
}
