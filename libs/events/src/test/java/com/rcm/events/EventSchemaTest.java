package com.rcm.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventSchemaTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<EventType, Object> SAMPLES = EventSamples.all();

    @Test
    void everyEventTypeHasASample() {
        for (EventType type : EventType.values()) {
            assertTrue(SAMPLES.containsKey(type), "no sample payload for " + type.type());
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void serializedPayloadIsAcceptedByItsSchema(EventType type) throws Exception {
        Object sample = SAMPLES.get(type);
        assertEquals(type.payloadClass(), sample.getClass());
        JsonNode json = EventJson.mapper().readTree(EventJson.write(sample));
        Set<ValidationMessage> errors = schemaOf(type).validate(json);
        assertTrue(errors.isEmpty(), type.type() + " rejected: " + errors);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRejectsAPayloadMissingARequiredField(EventType type) throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(SAMPLES.get(type)));
        String firstRequired = schemaJson(type).get("required").get(0).asText();
        json.remove(firstRequired);
        assertFalse(schemaOf(type).validate(json).isEmpty(), type.type() + " accepted a payload without " + firstRequired);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldIsToleratedByReaderAndSchema(EventType type) throws Exception {
        Object sample = SAMPLES.get(type);
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample));
        json.put("fieldFromANewerProducer", "ignored");
        assertTrue(schemaOf(type).validate(json).isEmpty(), "schema must allow optional additions");
        Object read = EventJson.read(json.toString(), type.payloadClass());
        assertEquals(sample, read);
    }

    @Test
    void typesAreLookedUpByNameAndPayload() {
        assertEquals(EventType.CLAIM_SUBMITTED, EventType.ofType("billing.claim.submitted.v1").orElseThrow());
        assertEquals(EventType.PAYMENT_POSTED,
                EventType.ofPayload(com.rcm.events.payload.PaymentPosted.class).orElseThrow());
        assertTrue(EventType.ofType("billing.unknown.v1").isEmpty());
    }

    private static JsonSchema schemaOf(EventType type) throws Exception {
        return FACTORY.getSchema(schemaJson(type));
    }

    private static JsonNode schemaJson(EventType type) throws Exception {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertNotNull(in, "missing schema " + type.schemaResource());
            return EventJson.mapper().readTree(in);
        }
    }
}
