package com.rcm.clearinghouse.domain;

/**
 * A plan that pays after others (a Medicare supplement, say): it covers {@code coversPercent} of what
 * the payers before it left to the patient, and the patient keeps the rest.
 */
public record SupplementalPayer(String payerId, String name, int coversPercent) {}
