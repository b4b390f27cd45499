package com.rcm.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.rcm.events.EventJson;
import com.rcm.events.EventType;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Checks payloads against the JSON Schemas published in libs/events. */
public final class EventSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<EventType, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    /** Throws a {@link PoisonMessageException} naming every violation. */
    public static void check(EventType type, JsonNode payload) {
        Set<ValidationMessage> errors =
                SCHEMAS.computeIfAbsent(type, EventSchemas::load).validate(payload);
        if (!errors.isEmpty()) {
            throw new PoisonMessageException("payload violates schema " + type.type() + ": "
                    + errors.stream()
                            .map(ValidationMessage::getMessage)
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
    }

    private static JsonSchema load(EventType type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + type.schemaResource());
            }
            return FACTORY.getSchema(EventJson.mapper().readTree(in));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private EventSchemas() {}
}
