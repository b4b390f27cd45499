package com.rcm.coding.api;

/** The answer to an intake: the encounter's id and where it stands. */
public record EncounterAccepted(String id, String status) {}
