package com.rcm.patientbilling.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** REST calls the tests make as the practice whose token the test method carries. */
public final class Accounts {

    public static void awaitBalance(String patientId, long cents) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().get("/v1/patients/{id}/account", patientId)
                        .then()
                        .statusCode(200)
                        .body("balanceCents", equalTo((int) cents)));
    }

    public static ValidatableResponse pay(String patientId, String idempotencyKey, String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .post("/v1/patients/{id}/payments", patientId)
                .then();
    }

    /** Pays with a fresh Idempotency-Key and answers the payment's id. */
    public static String pay(String patientId, long cents) {
        return pay(patientId, "pay-" + UUID.randomUUID(), "{\"amountCents\": " + cents + ", \"method\": \"CARD\"}")
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Runs the practice's billing cycle as of {@code asOf} (tests may date it ahead). */
    public static JsonPath runCycle(LocalDate asOf) {
        return given().post("/v1/billing-cycle/runs?asOf={day}", asOf.toString())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Sets the practice's billing policy; the caller must be practice-admin. */
    public static void setPolicy(
            int cycleDays,
            int finalNoticeAfterDays,
            int collectionsAfterDays,
            long smallBalanceCents,
            int planGraceDays) {
        given().contentType(ContentType.JSON)
                .body("""
                {"dueDays": 21, "cycleDays": %d, "finalNoticeAfterDays": %d, "collectionsAfterDays": %d,
                 "smallBalanceCents": %d, "planGraceDays": %d}""".formatted(
                        cycleDays, finalNoticeAfterDays, collectionsAfterDays, smallBalanceCents, planGraceDays))
                .put("/v1/billing-policy")
                .then()
                .statusCode(200);
    }

    /** Waits for the statement batch to bill the guarantor {@code count} statements in all. */
    public static JsonPath awaitStatements(String patientId, int count) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().get("/v1/patients/{id}/statements", patientId)
                        .then()
                        .statusCode(200)
                        .body("size()", equalTo(count)));
        return given().get("/v1/patients/{id}/statements", patientId)
                .then()
                .extract()
                .jsonPath();
    }

    /** Every entry of the account adds up to its balance, and the balance is what the test expects. */
    public static void assertLedgerSumsTo(String patientId, long cents) {
        JsonPath account = given().get("/v1/patients/{id}/account", patientId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long sum = account.getList("entries.amountCents", Long.class).stream()
                .mapToLong(Long::longValue)
                .sum();
        assertEquals(cents, account.getLong("balanceCents"), "balance of " + patientId);
        assertEquals(cents, sum, "sum of the ledger of " + patientId);
    }

    private Accounts() {}
}
