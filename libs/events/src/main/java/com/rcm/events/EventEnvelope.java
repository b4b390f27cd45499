package com.rcm.events;

import java.time.OffsetDateTime;

/**
 * CloudEvents 1.0 attributes of one event, carried as Kafka headers in binary mode
 * ({@code ce_id}, {@code ce_type}, ..., and the extensions {@code ce_tenantid}, {@code ce_encounterid},
 * {@code ce_correlationid}, {@code ce_causationid}); the payload is the record value as JSON.
 */
public record EventEnvelope(
        String id,
        String type,
        String source,
        OffsetDateTime time,
        String subject,
        String tenantId,
        String encounterId,
        String correlationId,
        String causationId) {

    /** Kafka key: one encounter's events stay ordered on one partition. */
    public String partitionKey() {
        return tenantId + ":" + encounterId;
    }
}
