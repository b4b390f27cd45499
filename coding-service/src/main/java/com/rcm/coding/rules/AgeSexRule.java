package com.rcm.coding.rules;

/**
 * Who a diagnosis can apply to: codes starting with {@code codePrefix} (no dot) only for sex
 * {@code sex} (F or M, null for either) and ages {@code minAge}..{@code maxAge} in years (null for no bound).
 */
public record AgeSexRule(String codePrefix, String sex, Integer minAge, Integer maxAge, String note) {}
