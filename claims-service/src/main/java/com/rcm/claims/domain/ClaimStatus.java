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
    /** The payer says it has the claim in process (277 P); no decision yet. */
    PENDING,
    /** The payer asks for more information before deciding (277 R); in the biller's queue. */
    NEEDS_INFORMATION,
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

    /** Sent, and the payer has not decided it yet: worth asking about when it stays quiet. */
    public boolean awaitingPayer() {
        return this == SUBMITTED || this == ACCEPTED || this == PENDING || this == NEEDS_INFORMATION;
    }

    /** The payer has decided the claim, so it carries a payer claim number a correction can name. */
    public boolean adjudicated() {
        return this == PAID || this == PARTIALLY_PAID || this == DENIED || this == APPEALED;
    }
}
