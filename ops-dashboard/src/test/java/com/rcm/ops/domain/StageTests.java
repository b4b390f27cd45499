package com.rcm.ops.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StageTests {
    private static final OffsetDateTime EARLY = OffsetDateTime.parse("2026-11-02T10:00:00Z");
    private static final OffsetDateTime LATE = OffsetDateTime.parse("2026-11-09T10:00:00Z");

    @Test
    void aFurtherStageReplacesTheCurrentOneWhenEverItsEventHappened() {
        assertTrue(Stage.CLAIMED.replaces(Stage.CODED, LATE, EARLY));
        assertTrue(Stage.CODED.replaces(Stage.NEEDS_REVIEW, EARLY, LATE));
        assertTrue(Stage.PATIENT_BILLED.replaces(Stage.PAID, EARLY, EARLY));
    }

    @Test
    void anEarlierStageArrivingLateNeverMovesTheEncounterBack() {
        assertFalse(Stage.CODED.replaces(Stage.CLAIMED, EARLY, LATE));
        assertFalse(Stage.RECEIVED.replaces(Stage.NEEDS_REVIEW, EARLY, LATE));
        assertFalse(Stage.DENIED.replaces(Stage.PAID, EARLY, LATE));
    }

    @Test
    void deniedAndAdjudicatedRankTogetherAndTheLaterDecisionWins() {
        assertTrue(Stage.ADJUDICATED.replaces(Stage.DENIED, EARLY, LATE));
        assertFalse(Stage.ADJUDICATED.replaces(Stage.DENIED, LATE, EARLY));
        assertTrue(Stage.DENIED.replaces(Stage.ADJUDICATED, EARLY, LATE));
        assertFalse(Stage.CODED.replaces(Stage.CODED, EARLY, LATE), "the same stage again keeps when it was reached");
    }
}
