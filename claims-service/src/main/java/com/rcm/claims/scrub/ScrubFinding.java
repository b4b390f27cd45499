package com.rcm.claims.scrub;

/** One failed scrubber rule: its stable id, the claim field at fault and how to fix it. */
public record ScrubFinding(String ruleId, String field, String fix) {}
