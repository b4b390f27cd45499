package com.rcm.claims.domain;

/** A payer a practice bills, with its claim filing indicator (SBR09) and timely-filing limit. */
public record Payer(String payerId, String name, String claimFilingIndicator, int timelyFilingDays) {
}
