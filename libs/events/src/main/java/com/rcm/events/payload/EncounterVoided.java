package com.rcm.events.payload;

/** A coder voided the encounter (a duplicate, or a visit that is not billed); nothing downstream follows. */
public record EncounterVoided(String encounterId, String reason) {}
