package com.rcm.ops.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The practice-visible stages of an encounter, in happy-path order. Events from different topics
 * can arrive interleaved, so the current stage is the most advanced one seen; DENIED stands where
 * ADJUDICATED would.
 */
public enum Stage {
    RECEIVED(1), NEEDS_REVIEW(2), CODED(3), CLAIMED(4), ADJUDICATED(5), DENIED(5), PAID(6), PATIENT_BILLED(7);

    private final int rank;

    Stage(int rank) {
        this.rank = rank;
    }

    public boolean isBeyond(Stage other) {
        return rank > other.rank;
    }

    /** The stage an event moves its encounter to, if any. */
    public static Optional<Stage> of(String eventType, JsonNode payload) {
        return Optional.ofNullable(switch (eventType) {
            case "billing.encounter.received.v1" -> RECEIVED;
            case "billing.encounter.needs-review.v1" -> NEEDS_REVIEW;
            case "billing.encounter.coded.v1" -> CODED;
            case "billing.claim.submitted.v1" -> CLAIMED;
            case "billing.claim.adjudicated.v1" -> "DENIED".equals(payload.path("outcome").asText()) ? DENIED : ADJUDICATED;
            case "billing.payment.posted.v1" -> PAID;
            case "billing.statement.issued.v1" -> PATIENT_BILLED;
            default -> null;
        });
    }
}
