package com.rcm.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The example encounter (docs/examples/encounter.json) as a JSON tree, for tests that change one thing in it. */
public final class EncounterJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ObjectNode contract(String externalId) {
        try {
            return (ObjectNode) JSON.readTree(Encounters.contractExample(externalId));
        } catch (Exception e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }

    public static String with(String externalId, Consumer<ObjectNode> change) {
        ObjectNode encounter = contract(externalId);
        change.accept(encounter);
        return encounter.toString();
    }

    public static ArrayNode diagnoses(ObjectNode encounter, String... codes) {
        ArrayNode list = encounter.putArray("diagnoses");
        for (String code : codes) {
            list.add(code);
        }
        return list;
    }

    public static ObjectNode line(ObjectNode encounter, int index) {
        return (ObjectNode) encounter.withArray("services").get(index);
    }

    public static ObjectNode addLine(ObjectNode encounter, String code, int units, String... modifiers) {
        ObjectNode line = encounter.withArray("services").addObject();
        line.put("code", code);
        line.put("units", units);
        line.putArray("diagnosisPointers").add(1);
        if (modifiers.length > 0) {
            ArrayNode list = line.putArray("modifiers");
            for (String m : modifiers) {
                list.add(m);
            }
        }
        return line;
    }

    public static void modifiers(ObjectNode line, String... modifiers) {
        ArrayNode list = line.putArray("modifiers");
        for (String m : modifiers) {
            list.add(m);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private EncounterJson() {}
}
