package com.rcm.platform.outbox;

import com.rcm.events.EventEnvelope;

/**
 * An event a service has decided to publish: its payload (whose class names the event type), the
 * tenant and encounter it belongs to, and what caused it. Written to the outbox in the business
 * transaction; the relay publishes it after commit.
 */
public record OutgoingEvent(
        String tenantId, String encounterId, String subject, Object payload, String correlationId, String causationId) {

    /**
     * Kafka key: one encounter's events stay in order on one partition; an event of no encounter (a
     * remittance paying many) is ordered with the other events of its subject.
     */
    public String partitionKey() {
        return tenantId + ":" + (encounterId != null ? encounterId : subject);
    }

    public static OutgoingEvent of(String tenantId, String encounterId, String subject, Object payload) {
        return new OutgoingEvent(tenantId, encounterId, subject, payload, null, null);
    }

    /**
     * Carries the correlation of the event being handled and names it as the cause; work a person or a
     * schedule started has no cause (null) and starts its own correlation.
     */
    public OutgoingEvent causedBy(EventEnvelope cause) {
        if (cause == null) {
            return this;
        }
        String correlation = cause.correlationId() != null ? cause.correlationId() : cause.id();
        return new OutgoingEvent(tenantId, encounterId, subject, payload, correlation, cause.id());
    }
}
