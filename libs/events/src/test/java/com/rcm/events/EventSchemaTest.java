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
        assertFalse(
                schemaOf(type).validate(json).isEmpty(), type.type() + " accepted a payload without " + firstRequired);
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
    void aSubmittedEncounterNeedsCoverageOrCoverages() throws Exception {
        ObjectNode both =
                (ObjectNode) EventJson.mapper().readTree(EventJson.write(SAMPLES.get(EventType.ENCOUNTER_SUBMITTED)));
        JsonSchema schema = schemaOf(EventType.ENCOUNTER_SUBMITTED);
        ObjectNode onlyList = both.deepCopy();
        onlyList.remove("coverage");
        assertTrue(schema.validate(onlyList).isEmpty(), "coverages alone: " + schema.validate(onlyList));
        ObjectNode onlySingle = both.deepCopy();
        onlySingle.remove("coverages");
        assertTrue(schema.validate(onlySingle).isEmpty(), "coverage alone: " + schema.validate(onlySingle));
        ObjectNode neither = onlySingle.deepCopy();
        neither.remove("coverage");
        assertFalse(schema.validate(neither).isEmpty(), "an encounter without any coverage was accepted");
    }

    @ParameterizedTest
    @EnumSource(
            value = EventType.class,
            names = {"ENCOUNTER_SUBMITTED", "ENCOUNTER_CODED"})
    void eachListedCoverageNeedsAnOrderFromOneToThree(EventType type) throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(SAMPLES.get(type)));
        JsonSchema schema = schemaOf(type);
        ObjectNode secondary = (ObjectNode) json.withArray("coverages").get(1);
        secondary.put("order", 4);
        assertFalse(schema.validate(json).isEmpty(), type.type() + " accepted order 4");
        secondary.remove("order");
        assertFalse(schema.validate(json).isEmpty(), type.type() + " accepted a listed coverage without order");
        secondary.put("order", 2);
        assertTrue(schema.validate(json).isEmpty(), type.type() + " refused its sample: " + schema.validate(json));
        json.withArray("coverages")
                .add(secondary.deepCopy().put("order", 3))
                .add(secondary.deepCopy().put("order", 3));
        assertFalse(schema.validate(json).isEmpty(), type.type() + " accepted four coverages");
    }

    @Test
    void typesAreLookedUpByNameAndPayload() {
        assertEquals(
                EventType.CLAIM_SUBMITTED,
                EventType.ofType("billing.claim.submitted.v1").orElseThrow());
        assertEquals(
                EventType.PAYMENT_POSTED,
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
