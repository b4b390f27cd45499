package com.rcm.patientbilling.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;

/** REST calls the tests make as the practice whose token the test method carries. */
public final class Accounts {

    public static void awaitBalance(String patientId, long cents) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/v1/patients/{id}/account", patientId).then().statusCode(200)
                        .body("balanceCents", equalTo((int) cents)));
    }

    public static ValidatableResponse pay(String patientId, String idempotencyKey, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey).body(body)
                .post("/v1/patients/{id}/payments", patientId).then();
    }

    private Accounts() {
    }
}
