package com.rcm.ops;

import static io.restassured.RestAssured.given;

import com.rcm.testkit.StoredOpenApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API as served is the one stored in docs/openapi: a change to it is a change to that file too. */
@QuarkusTest
@OpsTestResources
class OpenApiTests {

    @Test
    void theServedDocumentIsTheStoredOne() {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        StoredOpenApi.of("ops-dashboard").assertMatches(served);
    }
}
