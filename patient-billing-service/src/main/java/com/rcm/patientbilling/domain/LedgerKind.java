package com.rcm.patientbilling.domain;

/** What a ledger entry records. What the patient owes is positive; money or relief credited is negative. */
public enum LedgerKind {
    /** What insurance left to the patient on a claim payment. */
    PATIENT_RESPONSIBILITY,
    /** Money the patient paid. */
    PATIENT_PAYMENT,
    /** The payer took back a payment (835 CLP02 22): its patient responsibility comes off. */
    INSURANCE_REVERSAL,
    /** Relief a practice grants a patient in financial hardship, approved by a named person. */
    HARDSHIP,
    /** A balance too small to bill, written off under the practice's rule. */
    SMALL_BALANCE,
    /** A credit given back to the patient (an overpayment), as a debit that takes the credit away. */
    REFUND,
    /**
     * A later payer decided a share the patient was already billed because that payer was slow: the
     * share becomes what it left (usually a credit: it paid part of it).
     */
    LATER_PAYER_ADJUSTMENT;

    /** A payer's own correction of its encounter's share: it settles that encounter, not the oldest debt. */
    public boolean belongsToItsEncounter() {
        return this == INSURANCE_REVERSAL || this == LATER_PAYER_ADJUSTMENT;
    }

    /** The kinds a practice grants by hand. */
    public boolean isAdjustment() {
        return this == HARDSHIP || this == SMALL_BALANCE;
    }
}
