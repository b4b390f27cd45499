package com.rcm.claims.domain;

/** Where a claim stands between build and the payer's answer. */
public enum ClaimStatus {
    /** Built and priced, not yet sent. */
    READY,
    /** Held before submission; the history says why. */
    HELD,
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    ADJUDICATED
}
