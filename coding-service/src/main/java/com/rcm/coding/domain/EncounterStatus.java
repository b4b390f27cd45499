package com.rcm.coding.domain;

/** Where an encounter stands in coding. */
public enum EncounterStatus {
    RECEIVED, CODED, NEEDS_REVIEW, VOIDED
}
