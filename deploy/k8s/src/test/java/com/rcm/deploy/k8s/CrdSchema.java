package com.rcm.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A custom resource's schema from src/test/resources/crd-schemas: the fields these manifests use,
 * transcribed from the operator's CRD (its openAPIV3Schema) and closed with additionalProperties:
 * false, so a misspelt or unknown field fails as it would under kubectl's strict field validation.
 */
final class CrdSchema {
    private final String resource;
    private final JsonSchema schema;

    private CrdSchema(String resource, JsonSchema schema) {
        this.resource = resource;
        this.schema = schema;
    }

    static CrdSchema load(String resource) {
        try (InputStream in = CrdSchema.class.getResourceAsStream("/crd-schemas/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema crd-schemas/" + resource);
            }
            JsonNode node = YamlFiles.MAPPER.readTree(in);
            return new CrdSchema(
                    resource,
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> problems(JsonNode object) {
        return schema.validate(object).stream()
                .map(ValidationMessage::getMessage)
                .map(message -> message + " (" + resource + ")")
                .sorted()
                .toList();
    }
}
