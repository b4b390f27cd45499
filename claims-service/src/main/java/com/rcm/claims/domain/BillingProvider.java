package com.rcm.claims.domain;

/** The practice as the billing provider of its claims (2010AA). */
public record BillingProvider(String name, String npi, String tin, String taxonomy, String addressLine1, String city,
        String state, String postalCode, String claimPrefix) {
}
