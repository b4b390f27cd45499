package com.rcm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drift report names where two OpenAPI documents differ, whatever their key order or format. */
class StoredOpenApiTests {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void keyOrderAndFormatDoNotCount() throws IOException {
        JsonNode yaml =
                YAML.readTree("paths:\n  /v1/a:\n    get:\n      responses:\n        '200': {description: fine}\n"
                        + "        '404': {description: missing}\n");
        JsonNode json = YAML.readTree("{\"paths\": {\"/v1/a\": {\"get\": {\"responses\": "
                + "{\"404\": {\"description\": \"missing\"}, \"200\": {\"description\": \"fine\"}}}}}}");
        assertEquals(List.of(), StoredOpenApi.differences(yaml, json));
    }

    @Test
    void aDriftIsNamedByPathOperationAndResponse() throws IOException {
        JsonNode stored =
                YAML.readTree("paths:\n  /v1/a:\n    get:\n      responses:\n        '200': {description: fine}\n"
                        + "        '404': {description: missing}\n  /v1/b:\n    post: {summary: b}\n");
        JsonNode served =
                YAML.readTree("paths:\n  /v1/a:\n    get:\n      responses:\n        '200': {description: found}\n"
                        + "        '409': {description: conflict}\n");
        assertEquals(
                List.of(
                        "~ paths › /v1/a › get › responses › 200 › description: \"fine\" → \"found\"",
                        "- paths › /v1/a › get › responses › 404",
                        "+ paths › /v1/a › get › responses › 409",
                        "- paths › /v1/b"),
                StoredOpenApi.differences(stored, served));
    }
}
