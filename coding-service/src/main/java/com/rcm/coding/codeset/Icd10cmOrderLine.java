package com.rcm.coding.codeset;

/** One line of the CMS ICD-10-CM order file: the code without its dot, and whether a claim may carry it. */
public record Icd10cmOrderLine(String code, boolean billable, String shortDescription, String longDescription) {}
