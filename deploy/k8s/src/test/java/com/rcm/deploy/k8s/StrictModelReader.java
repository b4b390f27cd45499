package com.rcm.deploy.k8s;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a manifest into a typed model (fabric8's for Kubernetes kinds, Strimzi's for its custom
 * resources) the way the API server's strict field validation reads it: an unknown field fails, and
 * so does a scalar of the wrong type (a number where Kubernetes wants a string, as in an unquoted env
 * value). Both models keep unknown fields in an "additionalProperties" map through @JsonAnySetter,
 * so FAIL_ON_UNKNOWN_PROPERTIES alone would accept anything: the any-setters are switched off here.
 * Some of Strimzi's enums read an unknown value as null instead of failing, so the object read is
 * also written back and every value of the input must have survived the round trip. The models'
 * @JsonInclude rules are switched off for it: Strimzi leaves out values equal to its defaults (false,
 * 0, an ACL's type allow, a group's patternType literal), which would otherwise look lost.
 */
final class StrictModelReader {
    private final ObjectMapper mapper;

    StrictModelReader() {
        mapper = JsonMapper.builder()
                .annotationIntrospector(new NothingHidden())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Null when the object reads cleanly, else the reason it does not. */
    String problem(JsonNode object, Class<?> model) {
        JsonNode roundTrip;
        try {
            roundTrip = mapper.valueToTree(mapper.treeToValue(object, model));
        } catch (Exception e) {
            return e.getMessage().lines().findFirst().orElse(e.toString());
        }
        return lostValue(object, roundTrip, "");
    }

    /** The first value of the input the model did not keep, or null when it kept them all. */
    private static String lostValue(JsonNode input, JsonNode kept, String path) {
        if (input.isObject() && kept.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = input.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String lost = lostValue(field.getValue(), kept.path(field.getKey()), path + "/" + field.getKey());
                if (lost != null) {
                    return lost;
                }
            }
            return null;
        }
        if (input.isArray() && kept.isArray() && input.size() == kept.size()) {
            for (int i = 0; i < input.size(); i++) {
                String lost = lostValue(input.get(i), kept.get(i), path + "/" + i);
                if (lost != null) {
                    return lost;
                }
            }
            return null;
        }
        boolean same = input.isNumber() && kept.isNumber()
                ? input.decimalValue().compareTo(kept.decimalValue()) == 0
                : input.equals(kept);
        return same
                ? null
                : "the model does not keep " + input + " at " + path + " (read back as " + kept
                        + "): a value it does not know?";
    }

    /** No any-setter when reading; every property, default or not, when writing back. */
    private static final class NothingHidden extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
            return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
        }
    }
}
