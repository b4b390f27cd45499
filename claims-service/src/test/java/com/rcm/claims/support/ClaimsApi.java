package com.rcm.claims.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;

/** Waits, through the API, until an encounter's claim reaches a status; answers the encounter's claims. */
public final class ClaimsApi {

    public static ValidatableResponse awaitClaim(String encounter, String status) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().queryParam("encounterId", encounter)
                        .get("/v1/claims")
                        .then()
                        .statusCode(200)
                        .body("[0].status", equalTo(status)));
        return given().queryParam("encounterId", encounter).get("/v1/claims").then();
    }

    private ClaimsApi() {}
}
