package com.rcm.coding;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;

/** REST steps the coding tests share: submit an encounter, wait until the edits have run. */
public final class Review {

    /** Submits {@code body} as the current test user with a fresh Idempotency-Key and returns the encounter id. */
    public static String submit(String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "key-" + UUID.randomUUID())
                .body(body)
                .post("/v1/encounters")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    /** Waits until the encounter has left RECEIVED, asserts {@code status}, and returns the encounter. */
    public static ValidatableResponse awaitCoded(String id, String status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().get("/v1/encounters/{id}", id)
                        .then()
                        .statusCode(200)
                        .body("status", not(equalTo("RECEIVED"))));
        return given().get("/v1/encounters/{id}", id).then().statusCode(200).body("status", equalTo(status));
    }

    private Review() {}
}
