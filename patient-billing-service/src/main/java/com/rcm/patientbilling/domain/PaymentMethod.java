package com.rcm.patientbilling.domain;

/** How a patient paid. Card and ACH processing happen outside this service; only their reference is kept. */
public enum PaymentMethod {
    CARD, CASH, CHECK, ACH
}
