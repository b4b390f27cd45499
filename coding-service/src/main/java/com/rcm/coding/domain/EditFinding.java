package com.rcm.coding.domain;

/** One failed coding edit: a stable id a coder can filter on and a message that says what to fix. */
public record EditFinding(String editId, String field, String message) {}
