package com.rcm.patientbilling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PatientBillingTestResources
class HealthAndOpenApiTests {

    @Test
    void readinessReportsUpWithTheDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theApiIsDescribed() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/v1/patients/{patientId}/account"))
                .body(containsString("/v1/patients/{patientId}/payments"))
                .body(containsString("/v1/patients/{patientId}/statements"))
                .body(containsString("/v1/statements/{id}"));
    }
}
