package com.rcm.claims.scrub;

/** The scrubber's rules, by the stable id a biller filters the held queue on. */
public enum ScrubRule {
    PAYER_NOT_SET_UP,
    RENDERING_PROVIDER_NOT_SET_UP,
    SUBSCRIBER_DATA_MISSING,
    NPI_CHECK_DIGIT,
    DIAGNOSIS_POINTER,
    LINE_NOT_PRICED,
    TOTAL_CHARGE,
    TIMELY_FILING,
    DUPLICATE_CLAIM,
    /** Payer-specific: an E/M billed with a procedure on the same day needs modifier 25 (PayerRule). */
    PAYER_EM_WITH_PROCEDURE_NEEDS_25,
    /** The 837P written from the claim breaks the 005010X222A1 implementation schema (too long, bad code). */
    IMPLEMENTATION_GUIDE;

    public ScrubFinding finding(String field, String fix) {
        return new ScrubFinding(name(), field, fix);
    }
}
