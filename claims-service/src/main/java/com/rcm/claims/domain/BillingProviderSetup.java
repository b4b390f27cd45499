package com.rcm.claims.domain;

/**
 * The practice as it set itself up to bill: what loop 2010AA of its claims is made from, plus the prefix
 * of its patient control numbers. Not libs/x12's {@code claim.BillingProvider}, which is the loop as
 * written; this is what the practice keeps and the setup API shows.
 */
public record BillingProviderSetup(
        String name,
        String npi,
        String tin,
        String taxonomy,
        String addressLine1,
        String city,
        String state,
        String postalCode,
        String claimPrefix) {}
