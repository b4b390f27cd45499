package com.rcm.claims.domain;

/** Where a claim stands between build and the payer's last word on it. */
public enum ClaimStatus {
    /** Built and priced, not yet sent. */
    READY,
    /** Held before submission; the history says why. */
    HELD,
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    /** The payer paid it as billed, less the contractual write-off and what the patient owes. */
    PAID,
    /** The payer paid part and adjusted the rest for reasons other than the contract. */
    PARTIALLY_PAID,
    /** In the denial queue: the payer paid nothing; the denial says why. */
    DENIED,
    /** A biller appealed the denial; the appeal deadline was met. */
    APPEALED,
    /** The payer took its payment back (835 CLP02 = 22). */
    REVERSED,
    /** Superseded by a replacement claim (frequency 7) that names it by the payer's claim number. */
    REPLACED,
    /** Cancelled at the payer by a void claim (frequency 8). */
    VOIDED;

    /** The payer has decided the claim, so it carries a payer claim number a correction can name. */
    public boolean adjudicated() {
        return this == PAID || this == PARTIALLY_PAID || this == DENIED || this == APPEALED;
    }
}
