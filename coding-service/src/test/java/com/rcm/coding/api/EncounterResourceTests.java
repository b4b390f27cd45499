package com.rcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.coding.CodingTestResources;
import com.rcm.coding.Encounters;
import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@CodingTestResources
class EncounterResourceTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void cleanEncounterIsReceivedThenCodedAndAnnouncedOnKafka() {
        String id = submit("key-" + UUID.randomUUID(), Encounters.contractExample("EHR-CLEAN"))
                .statusCode(202)
                .body("status", equalTo("RECEIVED"))
                .extract()
                .path("id");

        awaitStatus(id, "CODED");
        given().get("/v1/encounters/{id}", id)
                .then()
                .body("diagnoses", containsInAnyOrder("E11.9", "I10"))
                .body("services.code", containsInAnyOrder("99213", "G0008"))
                .body("edits", hasSize(0));

        ConsumerRecord<String, String> coded = EventTap.await(
                Topics.CODING_EVENTS, EventTap.ofType("billing.encounter.coded.v1", id), Duration.ofSeconds(20));
        assertEquals("practice-a:" + id, coded.key());
        assertEquals("practice-a", EventTap.header(coded, CloudEventHeaders.TENANT_ID));
        assertEquals("/coding-service", EventTap.header(coded, CloudEventHeaders.SOURCE));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void sameIdempotencyKeyAndBodyAnswerTheSameEncounter() {
        String key = "key-" + UUID.randomUUID();
        String body = Encounters.contractExample("EHR-IDEM");
        String first = submit(key, body).statusCode(202).extract().path("id");
        String second = submit(key, body).statusCode(202).extract().path("id");
        assertEquals(first, second);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void sameIdempotencyKeyWithAnotherBodyIsAConflict() {
        String key = "key-" + UUID.randomUUID();
        submit(key, Encounters.contractExample("EHR-ONE")).statusCode(202);
        submit(key, Encounters.contractExample("EHR-TWO")).statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void missingIdempotencyKeyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body(Encounters.contractExample("EHR-NOKEY"))
                .post("/v1/encounters")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void invalidBodyIsAProblemNamingEachBadField() {
        String body = Encounters.contractExample("EHR-BAD")
                .replace("\"lastName\": \"Doe\"", "\"lastName\": \"\"")
                .replace("\"1234567893\"", "\"12345\"")
                .replace("\"sex\": \"F\"", "\"sex\": \"female\"");
        submit("key-" + UUID.randomUUID(), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("patient.lastName"))
                .body("errors.field", hasItem("renderingProviderNpi"))
                .body("errors.field", hasItem("patient.sex"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void malformedCodesSendTheEncounterToReviewNamingTheEdit() {
        String id = submit("key-" + UUID.randomUUID(), Encounters.withDiagnoses("EHR-REVIEW", "\"E11.9\", \"XYZ\""))
                .statusCode(202)
                .extract()
                .path("id");
        awaitStatus(id, "NEEDS_REVIEW");
        given().get("/v1/encounters/{id}", id)
                .then()
                .body("edits.editId", hasItem("ICD10_FORMAT"))
                .body("edits.field", hasItem("diagnoses[1]"));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesEncounterIsNotFound() {
        String practiceAEncounter = EhrEvents.publishAndAwaitCoded("practice-a", "EHR-OTHER-TENANT");
        given().get("/v1/encounters/{id}", practiceAEncounter).then().statusCode(404);
    }

    static io.restassured.response.ValidatableResponse submit(String key, String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/v1/encounters")
                .then();
    }

    static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().get("/v1/encounters/{id}", id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(status)));
    }
}
