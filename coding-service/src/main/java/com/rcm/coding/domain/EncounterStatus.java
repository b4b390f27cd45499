package com.rcm.coding.domain;

/**
 * Where an encounter stands in coding: RECEIVED until the edits run; CODED when clean or approved;
 * NEEDS_REVIEW in the coder queue; PENDING_PROVIDER while a query to the rendering provider is open;
 * VOIDED when a coder decides it is not billed.
 */
public enum EncounterStatus {
    RECEIVED,
    CODED,
    NEEDS_REVIEW,
    PENDING_PROVIDER,
    VOIDED
}
