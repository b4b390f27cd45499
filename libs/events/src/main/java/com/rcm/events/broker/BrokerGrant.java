package com.rcm.events.broker;

/**
 * One line of the broker's access matrix: {@code principal} is allowed (or denied) {@code operation}
 * on the {@code resourceType} named {@code name}, matched literally or as a prefix. The names are
 * Kafka's own ({@code READ}, {@code TOPIC}, {@code PREFIXED}, …), so they map one to one onto an ACL.
 */
public record BrokerGrant(
        String principal, String permission, String operation, String resourceType, String patternType, String name) {}
