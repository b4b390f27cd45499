package com.rcm.clearinghouse.domain;

/** Which payer of the patient's a claim is sent to: the first, or one after others decided it. */
public enum PayerOrder {
    PRIMARY,
    SECONDARY,
    TERTIARY
}
