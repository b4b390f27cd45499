package com.rcm.ops.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.ops.OpsTestResources;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@OpsTestResources
class LifecycleResourceTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anEncounterMovesThroughEveryStageToPatientBilled() {
        String enc = UUID.randomUUID().toString();
        StageEvents.send(Topics.CODING_EVENTS, "billing.encounter.received.v1", "practice-a", enc, "2026-11-02T10:00:00Z",
                Payloads.RECEIVED.replace("ENC", enc));
        StageEvents.coded("practice-a", enc, "2026-11-02T10:00:01Z");
        StageEvents.send(Topics.CLAIMS_EVENTS, "billing.claim.submitted.v1", "practice-a", enc, "2026-11-02T10:00:02Z",
                Payloads.CLAIMED.replace("ENC", enc));
        StageEvents.send(Topics.PAYMENTS_EVENTS, "billing.claim.adjudicated.v1", "practice-a", enc,
                "2026-11-02T10:00:03Z", Payloads.ADJUDICATED.replace("ENC", enc).replace("OUTCOME", "PAID"));
        StageEvents.send(Topics.PAYMENTS_EVENTS, "billing.payment.posted.v1", "practice-a", enc, "2026-11-02T10:00:04Z",
                Payloads.POSTED.replace("ENC", enc));
        StageEvents.send(Topics.PATIENT_BILLING_EVENTS, "billing.statement.issued.v1", "practice-a", enc,
                "2026-11-02T10:00:05Z", Payloads.BILLED.replace("ENC", enc));

        awaitStage(enc, "PATIENT_BILLED");
        given().get("/v1/encounters/{id}/lifecycle", enc).then()
                .body("id", equalTo(enc)).body("tenantId", equalTo("practice-a"))
                .body("history.stage", contains("RECEIVED", "CODED", "CLAIMED", "ADJUDICATED", "PAID", "PATIENT_BILLED"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void eventsArrivingOutOfOrderKeepTheFurthestStageAndATimeOrderedHistory() {
        String enc = UUID.randomUUID().toString();
        StageEvents.send(Topics.CLAIMS_EVENTS, "billing.claim.submitted.v1", "practice-a", enc, "2026-11-02T10:00:02Z",
                Payloads.CLAIMED.replace("ENC", enc));
        awaitStage(enc, "CLAIMED");
        StageEvents.coded("practice-a", enc, "2026-11-02T10:00:01Z");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/encounters/{id}/lifecycle", enc)
                .then().body("history", hasSize(2)));
        given().get("/v1/encounters/{id}/lifecycle", enc).then()
                .body("stage", equalTo("CLAIMED")).body("history.stage", contains("CODED", "CLAIMED"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aDeniedClaimShowsAsDenied() {
        String enc = UUID.randomUUID().toString();
        StageEvents.send(Topics.PAYMENTS_EVENTS, "billing.claim.adjudicated.v1", "practice-a", enc,
                "2026-11-02T10:00:03Z", Payloads.ADJUDICATED.replace("ENC", enc).replace("OUTCOME", "DENIED"));
        awaitStage(enc, "DENIED");
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesEncounterIsNotFound() {
        String enc = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        StageEvents.coded("practice-a", enc, "2026-11-02T10:00:01Z");
        StageEvents.coded("practice-b", marker, "2026-11-02T10:00:01Z");
        awaitStage(marker, "CODED");
        given().get("/v1/encounters/{id}/lifecycle", enc).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void opsSeesEveryPractice() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        StageEvents.coded("practice-a", a, "2026-11-02T10:00:01Z");
        StageEvents.coded("practice-b", b, "2026-11-02T10:00:01Z");
        awaitStage(a, "CODED");
        awaitStage(b, "CODED");
        given().get("/v1/encounters/{id}/lifecycle", b).then().body("tenantId", equalTo("practice-b"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aStageEventNamingNoEncounterIsDeadLettered() {
        String id = StageEvents.coded("practice-a", null, "2026-11-02T10:00:01Z");
        var letter = EventTap.await(Topics.deadLetterTopicOf(Topics.CODING_EVENTS),
                r -> id.equals(EventTap.header(r, CloudEventHeaders.ID)), Duration.ofSeconds(20));
        assertTrue(EventTap.header(letter, CloudEventHeaders.DLQ_REASON).contains("names no encounter"));
    }

    private static void awaitStage(String encounterId, String stage) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/v1/encounters/{id}/lifecycle", encounterId).then().statusCode(200)
                        .body("stage", equalTo(stage)));
    }
}
