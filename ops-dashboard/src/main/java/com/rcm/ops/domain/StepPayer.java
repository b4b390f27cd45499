package com.rcm.ops.domain;

/**
 * The payer a lifecycle step concerns: its id and which of the encounter's coverages it is (1 primary,
 * 2 secondary, 3 tertiary). {@link #NONE} for steps of the whole encounter, and for claim events whose
 * payload names only the claim: the step does not guess whose claim it was.
 */
public record StepPayer(String payerId, Integer coverageOrder) {
    public static final StepPayer NONE = new StepPayer(null, null);
}
