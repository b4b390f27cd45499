package com.rcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rcm.coding.CodingTestResources;
import com.rcm.coding.EncounterJson;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation is documented with a summary, and every request body with an example. */
@QuarkusTest
@CodingTestResources
class OpenApiTests {

    @Test
    void everyOperationHasASummaryAndEveryRequestBodyAnExample() {
        JsonNode api = EncounterJson.parse(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (!operation.getValue().hasNonNull("summary")) {
                    missing.add(name + ": no summary");
                }
                JsonNode body = operation.getValue().path("requestBody").path("content");
                if (!body.isMissingNode() && !hasExample(body)) {
                    missing.add(name + ": request body without an example");
                }
            }
        }
        assertTrue(operations >= 20, "the coding API has " + operations + " operations");
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private static boolean hasExample(JsonNode content) {
        for (JsonNode mediaType : content) {
            if (mediaType.hasNonNull("examples") || mediaType.hasNonNull("example")) {
                return true;
            }
        }
        return false;
    }
}
