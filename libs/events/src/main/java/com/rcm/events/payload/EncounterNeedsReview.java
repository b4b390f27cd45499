package com.rcm.events.payload;

import java.util.List;

/** An encounter with failing edits, waiting in the coder queue. */
public record EncounterNeedsReview(String encounterId, List<Edit> edits) {

    /** One failed edit: a stable id and a message a coder understands. */
    public record Edit(String id, String message) {}
}
