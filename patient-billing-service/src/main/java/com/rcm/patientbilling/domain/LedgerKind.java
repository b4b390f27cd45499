package com.rcm.patientbilling.domain;

/** What a ledger entry records. Charges are positive, money in or written off is negative. */
public enum LedgerKind {
    PATIENT_RESPONSIBILITY, PATIENT_PAYMENT, ADJUSTMENT, REFUND, WRITE_OFF, REVERSAL
}
