package com.rcm.ops.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;

/** Lifecycle reads as whoever the test method's token names. */
public final class Lifecycles {

    public static ValidatableResponse get(String encounterId) {
        return given().get("/v1/encounters/{id}/lifecycle", encounterId).then();
    }

    public static void awaitStage(String encounterId, String stage) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> get(encounterId).statusCode(200).body("stage", equalTo(stage)));
    }

    public static void awaitSteps(String encounterId, int steps) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> get(encounterId).statusCode(200).body("history", hasSize(steps)));
    }

    private Lifecycles() {}
}
