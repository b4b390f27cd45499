package com.rcm.coding.codeset;

/** An ICD-10-CM code as coders see it: with its dot, whether it is billable, and its descriptions. */
public record Icd10Code(String code, boolean billable, String shortDescription, String description) {}
