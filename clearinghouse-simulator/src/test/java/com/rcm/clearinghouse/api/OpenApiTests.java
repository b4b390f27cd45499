package com.rcm.clearinghouse.api;

import static io.restassured.RestAssured.given;

import com.rcm.clearinghouse.support.PaymentsReceiverResource;
import com.rcm.testkit.StoredOpenApi;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API as served is the one stored in docs/openapi: a change to it is a change to that file too. */
@QuarkusTest
@WithTestResource(value = PaymentsReceiverResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTests {

    @Test
    void theServedDocumentIsTheStoredOne() {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        StoredOpenApi.of("clearinghouse-simulator").assertMatches(served);
    }
}
