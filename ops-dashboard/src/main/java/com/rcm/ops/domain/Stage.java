package com.rcm.ops.domain;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The practice-visible stages of an encounter, ranked along the happy path. Events of one encounter
 * travel on different topics and arrive in any order, so the current stage is the most advanced one
 * seen. DENIED ranks with ADJUDICATED, REJECTED with CLAIMED and VOIDED with CODED: between two stages
 * of one rank, the later event wins (a corrected claim sent again is CLAIMED again). SETTLED (nothing
 * left for the patient to pay) ends the path, with or without a statement before it.
 */
public enum Stage {
    RECEIVED(1),
    NEEDS_REVIEW(2),
    CODED(3),
    VOIDED(3),
    CLAIMED(4),
    REJECTED(4),
    ADJUDICATED(5),
    DENIED(5),
    PAID(6),
    PATIENT_BILLED(7),
    SETTLED(8);

    /** Where the pipeline's work on an encounter is done: never "stuck". */
    public static final Set<Stage> FINAL = EnumSet.of(PATIENT_BILLED, SETTLED, VOIDED);

    private final int rank;

    Stage(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** Whether reaching this stage at {@code at} replaces {@code current}, reached at {@code currentAt}. */
    public boolean replaces(Stage current, OffsetDateTime currentAt, OffsetDateTime at) {
        if (rank != current.rank) {
            return rank > current.rank;
        }
        return this != current && at.isAfter(currentAt);
    }
}
