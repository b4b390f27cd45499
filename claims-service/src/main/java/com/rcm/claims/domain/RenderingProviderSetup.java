package com.rcm.claims.domain;

/**
 * A clinician on the practice's roster, looked up by NPI when a claim names them: loop 2310B is made
 * from it (libs/x12's {@code claim.RenderingProvider}); this is what the setup API keeps and shows.
 */
public record RenderingProviderSetup(String npi, String lastName, String firstName, String taxonomy) {}
