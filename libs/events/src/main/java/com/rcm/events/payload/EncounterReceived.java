package com.rcm.events.payload;

import java.time.LocalDate;

/** Coding service accepted an encounter; coding has not run yet. */
public record EncounterReceived(String encounterId, String externalId, LocalDate dateOfService, String channel) {}
