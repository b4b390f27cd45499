package com.rcm.patientbilling.domain;

/**
 * How a patient paid at the desk or online. Card and ACH processing happen outside this service; only their
 * reference is kept. Not how a payer paid (BPR04, libs/x12's {@code remittance.PaymentMethod}).
 */
public enum PatientPaymentMethod {
    CARD,
    CASH,
    CHECK,
    ACH
}
