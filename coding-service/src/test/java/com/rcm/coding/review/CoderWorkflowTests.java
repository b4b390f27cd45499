package com.rcm.coding.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rcm.coding.CodingTestResources;
import com.rcm.coding.EncounterJson;
import com.rcm.coding.Encounters;
import com.rcm.coding.Review;
import com.rcm.events.Topics;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A coder clearing the queue: correct, re-run, approve or override, void, ask the provider; all audited. */
@QuarkusTest
@CodingTestResources
class CoderWorkflowTests {

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aHeaderDiagnosisGoesToTheQueueAndTheCorrectedEncounterIsCodedAndAnnounced() {
        String clean = Review.submit(Encounters.contractExample("EHR-E119-" + UUID.randomUUID()));
        Review.awaitCoded(clean, "CODED");

        String id = Review.submit(Encounters.withDiagnoses("EHR-E11-" + UUID.randomUUID(), "\"E11\", \"I10\""));
        Review.awaitCoded(id, "NEEDS_REVIEW")
                .body("edits.editId", contains("ICD10_NOT_BILLABLE"))
                .body("edits[0].field", equalTo("diagnoses[0]"))
                .body("edits[0].overridable", equalTo(false));
        List<String> queued = given().queryParam("editId", "ICD10_NOT_BILLABLE")
                .get("/v1/coding-queue")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertTrue(queued.contains(id), "the queue filtered by the edit lists the encounter");

        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/encounters/{id}/approve", id)
                .then()
                .statusCode(422)
                .body("errors.message", hasItem(org.hamcrest.Matchers.startsWith("ICD10_NOT_BILLABLE")));

        given().contentType(ContentType.JSON)
                .body("{\"diagnoses\": [\"E11.9\", \"I10\"]}")
                .put("/v1/encounters/{id}/codes", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW"))
                .body("edits", hasSize(0));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/encounters/{id}/approve", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CODED"));

        ConsumerRecord<String, String> coded = EventTap.await(
                Topics.CODING_EVENTS, EventTap.ofType("billing.encounter.coded.v1", id), Duration.ofSeconds(20));
        assertTrue(coded.value().contains("\"E11.9\""), coded.value());
        List<String> stillQueued =
                given().get("/v1/coding-queue").then().extract().path("id");
        assertTrue(!stillQueued.contains(id));

        given().get("/v1/encounters/{id}/audit", id)
                .then()
                .statusCode(200)
                .body("action", contains("EDITS_RUN", "CORRECTED", "APPROVED"))
                .body("[1].actor", equalTo("alice-biller"))
                .body("[1].before.diagnoses", contains("E11", "I10"))
                .body("[1].after.diagnoses", contains("E11.9", "I10"));
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anOverridableEditNeedsAReasonToApprovePastIt() {
        String id = Review.submit(EncounterJson.with("EHR-OVERRIDE-" + UUID.randomUUID(), e -> {
            EncounterJson.diagnoses(e, "N40.0");
            e.withArray("services")
                    .forEach(l -> ((ObjectNode) l).putArray("diagnosisPointers").add(1));
        }));
        Review.awaitCoded(id, "NEEDS_REVIEW")
                .body("edits.editId", contains("SEX_CONFLICT"))
                .body("edits[0].overridable", equalTo(true));

        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/encounters/{id}/approve", id)
                .then()
                .statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("override reason"));
        given().contentType(ContentType.JSON)
                .body("{\"overrideReason\": \"Patient is transgender; documented\"}")
                .post("/v1/encounters/{id}/approve", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CODED"));

        given().get("/v1/encounters/{id}/audit", id)
                .then()
                .body("action", hasItem("APPROVED_WITH_OVERRIDE"))
                .body(
                        "find { it.action == 'APPROVED_WITH_OVERRIDE' }.reason",
                        equalTo("Patient is transgender; documented"));
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aProviderQueryParksTheEncounterUntilTheAnswerReturnsItToTheQueue() {
        String id = Review.submit(Encounters.withDiagnoses("EHR-QUERY-" + UUID.randomUUID(), "\"M54.5\", \"I10\""));
        Review.awaitCoded(id, "NEEDS_REVIEW");

        String queryId = given().contentType(ContentType.JSON)
                .body("{\"question\": \"Is the low back pain specified further in the note?\"}")
                .post("/v1/encounters/{id}/provider-queries", id)
                .then()
                .statusCode(200)
                .body("providerNpi", equalTo("1234567893"))
                .body("answer", nullValue())
                .extract()
                .path("id");
        given().get("/v1/encounters/{id}", id).then().body("status", equalTo("PENDING_PROVIDER"));
        List<String> waiting = given().queryParam("status", "PENDING_PROVIDER")
                .get("/v1/coding-queue")
                .then()
                .extract()
                .path("id");
        assertTrue(waiting.contains(id));
        List<String> queue = given().get("/v1/coding-queue").then().extract().path("id");
        assertTrue(!queue.contains(id), "a parked encounter is not in the working queue");
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/encounters/{id}/approve", id)
                .then()
                .statusCode(409);

        given().contentType(ContentType.JSON)
                .body("{\"answer\": \"Unspecified; no radiculopathy\"}")
                .post("/v1/encounters/{id}/provider-queries/{q}/answer", id, queryId)
                .then()
                .statusCode(200)
                .body("answeredBy", equalTo("alice-biller"));
        given().get("/v1/encounters/{id}", id).then().body("status", equalTo("NEEDS_REVIEW"));
        given().get("/v1/encounters/{id}/provider-queries", id)
                .then()
                .body("[0].answer", equalTo("Unspecified; no radiculopathy"));

        given().contentType(ContentType.JSON)
                .body("{\"diagnoses\": [\"M54.50\", \"I10\"]}")
                .put("/v1/encounters/{id}/codes", id)
                .then()
                .body("edits", hasSize(0));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/encounters/{id}/approve", id)
                .then()
                .body("status", equalTo("CODED"));
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aVoidedEncounterLeavesTheQueueWithItsReasonAndAnEvent() {
        String id = Review.submit(Encounters.withDiagnoses("EHR-VOID-" + UUID.randomUUID(), "\"E11\", \"I10\""));
        Review.awaitCoded(id, "NEEDS_REVIEW");
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/encounters/{id}/void", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Duplicate of an encounter already billed\"}")
                .post("/v1/encounters/{id}/void", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("VOIDED"));
        ConsumerRecord<String, String> voided = EventTap.await(
                Topics.CODING_EVENTS, EventTap.ofType("billing.encounter.voided.v1", id), Duration.ofSeconds(20));
        assertTrue(voided.value().contains("Duplicate of an encounter already billed"));
        given().contentType(ContentType.JSON)
                .body("{\"diagnoses\": [\"E11.9\"]}")
                .put("/v1/encounters/{id}/codes", id)
                .then()
                .statusCode(409);
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theQueueIsServedOldestFirst() {
        String first = Review.submit(Encounters.withDiagnoses("EHR-OLD-" + UUID.randomUUID(), "\"E11\", \"I10\""));
        Review.awaitCoded(first, "NEEDS_REVIEW");
        String second = Review.submit(Encounters.withDiagnoses("EHR-NEW-" + UUID.randomUUID(), "\"E11\", \"I10\""));
        Review.awaitCoded(second, "NEEDS_REVIEW");
        List<String> queue = given().queryParam("limit", 500)
                .get("/v1/coding-queue")
                .then()
                .extract()
                .path("id");
        assertTrue(queue.indexOf(first) < queue.indexOf(second), queue.toString());
        given().queryParam("editId", "NO_SUCH_EDIT")
                .get("/v1/coding-queue")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("editId"));
    }

    @Test
    @TestSecurity(
            user = "bob-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesEncounterCannotBeReviewedOrSeenInTheQueue() {
        String ofA = com.rcm.coding.api.EhrEvents.publishAndAwait(
                "practice-a",
                "EHR-B-CANNOT-" + UUID.randomUUID(),
                "\"E11\", \"I10\"",
                "billing.encounter.needs-review.v1");
        given().contentType(ContentType.JSON)
                .body("{\"diagnoses\": [\"E11.9\", \"I10\"]}")
                .put("/v1/encounters/{id}/codes", ofA)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/encounters/{id}/approve", ofA)
                .then()
                .statusCode(404);
        given().get("/v1/encounters/{id}/audit", ofA).then().statusCode(404);
        List<String> queue = given().queryParam("limit", 500)
                .get("/v1/coding-queue")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertEquals(false, queue.contains(ofA));
        given().get("/v1/coding-queue").then().body("id", not(hasItem(ofA)));
    }
}
