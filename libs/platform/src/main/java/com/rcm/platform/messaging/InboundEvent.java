package com.rcm.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;

/** One event read from Kafka: its CloudEvents attributes and its JSON payload. */
public record InboundEvent(EventEnvelope envelope, JsonNode payload, String topic, int partition, long offset) {

    public String type() {
        return envelope.type();
    }

    public String tenantId() {
        return envelope.tenantId();
    }

    public <T> T payloadAs(Class<T> type) {
        try {
            return EventJson.mapper().treeToValue(payload, type);
        } catch (Exception e) {
            throw new PoisonMessageException(
                    "payload is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
