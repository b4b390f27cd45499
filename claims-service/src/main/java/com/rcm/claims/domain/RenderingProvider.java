package com.rcm.claims.domain;

/** A clinician who renders services for the practice (2310B). */
public record RenderingProvider(String npi, String lastName, String firstName, String taxonomy) {
}
