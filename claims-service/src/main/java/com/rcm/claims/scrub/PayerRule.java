package com.rcm.claims.scrub;

/** Rules a practice switches on for one payer, because that payer's edits reject claims without them. */
public enum PayerRule {
    EM_WITH_PROCEDURE_NEEDS_25
}
