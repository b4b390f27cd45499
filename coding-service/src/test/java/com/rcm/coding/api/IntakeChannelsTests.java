package com.rcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rcm.coding.CodingTestResources;
import com.rcm.coding.EncounterJson;
import com.rcm.coding.Encounters;
import com.rcm.coding.Review;
import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** REST JSON, a partner's Kafka event and a FHIR R4 Bundle: one encounter, one coded result. */
@QuarkusTest
@CodingTestResources
class IntakeChannelsTests {

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSameEncounterByRestKafkaAndFhirIsCodedTheSame() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String byRest = Review.submit(Encounters.contractExample("EHR-SAME-" + suffix));
        String byKafka = EhrEvents.publishAndAwaitCoded("practice-a", "EHR-SAME-" + suffix);
        String byFhir = given().contentType("application/fhir+json")
                .header("Idempotency-Key", "fhir-" + suffix)
                .body(ApiExamples.FHIR_BUNDLE
                        .replace("EHR-000123", "EHR-SAME-" + suffix)
                        .getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        JsonNode rest = coded(byRest);
        JsonNode kafka = coded(byKafka);
        JsonNode fhir = coded(byFhir);
        for (String field : new String[] {
            "status",
            "externalId",
            "dateOfService",
            "placeOfService",
            "patient",
            "coverage",
            "renderingProviderNpi",
            "diagnoses",
            "services",
            "edits"
        }) {
            assertEquals(rest.get(field), kafka.get(field), "Kafka differs from REST in " + field);
            assertEquals(rest.get(field), fhir.get(field), "FHIR differs from REST in " + field);
        }
        assertEquals("CODED", rest.get("status").asText());
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aDependentsSubscriberArrivesTheSameByRestAndByFhirRelatedPerson() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String byRest = Review.submit(
                Encounters.contractExample("EHR-DEP-" + suffix).replace("\"relationshipToSubscriber\": \"self\"", """
                "relationshipToSubscriber": "child",
                "subscriber": {"firstName": "John", "lastName": "Doe", "dateOfBirth": "1978-02-03", "sex": "M",
                               "address": {"line1": "1 Main St", "city": "Austin", "state": "TX", "postalCode": "78701"}}"""));
        ObjectNode bundle = (ObjectNode) EncounterJson.parse(ApiExamples.FHIR_BUNDLE
                .replace("EHR-000123", "EHR-DEP-" + suffix)
                .replace("{\"code\": \"self\"}", "{\"code\": \"child\"}"));
        for (JsonNode entry : bundle.withArray("entry")) {
            if ("Coverage".equals(entry.path("resource").path("resourceType").asText())) {
                ((ObjectNode) entry.get("resource")).putObject("subscriber").put("reference", "urn:uuid:father-1");
            }
        }
        bundle.withArray("entry").add(EncounterJson.parse("""
                {"fullUrl": "urn:uuid:father-1", "resource": {"resourceType": "RelatedPerson",
                  "patient": {"reference": "urn:uuid:pat-1"}, "name": [{"family": "Doe", "given": ["John"]}],
                  "gender": "male", "birthDate": "1978-02-03",
                  "address": [{"line": ["1 Main St"], "city": "Austin", "state": "TX", "postalCode": "78701"}]}}"""));
        String byFhir = given().contentType("application/fhir+json")
                .header("Idempotency-Key", "fhir-" + suffix)
                .body(bundle.toString().getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        JsonNode rest = coded(byRest).get("coverage");
        assertEquals("John", rest.path("subscriber").path("firstName").asText(), rest.toString());
        assertEquals("1978-02-03", rest.path("subscriber").path("dateOfBirth").asText());
        assertEquals(rest, coded(byFhir).get("coverage"), "FHIR differs from REST in coverage");
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aFhirBundleWithAHeaderDiagnosisGoesToReviewLikeTheJson() {
        String id = given().contentType("application/fhir+json")
                .header("Idempotency-Key", "fhir-" + UUID.randomUUID())
                .body(ApiExamples.FHIR_BUNDLE
                        .replace("\"code\": \"E11.9\"", "\"code\": \"E11\"")
                        .getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Review.awaitCoded(id, "NEEDS_REVIEW").body("edits.editId", hasItem("ICD10_NOT_BILLABLE"));
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aBundleMissingResourcesNamesTheFieldsLikeTheJson() {
        ObjectNode bundle = (ObjectNode) EncounterJson.parse(ApiExamples.FHIR_BUNDLE);
        bundle.withArray("entry").remove(0);
        given().contentType("application/fhir+json")
                .header("Idempotency-Key", "fhir-" + UUID.randomUUID())
                .body(bundle.toString().getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("patient"));
        given().contentType("application/fhir+json")
                .header("Idempotency-Key", "fhir-" + UUID.randomUUID())
                .body("{\"resourceType\": \"Patient\"".getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Bundle"));
    }

    @Test
    void anEventFromAPartnerNotLinkedToTheTenantIsDeadLetteredUnderNoPracticeAndThePartitionFlows() {
        String unlinkedId = "unlinked-" + UUID.randomUUID();
        EventTap.send(
                EhrEvents.PARTNER_1,
                "practice-b:EHR-UNLINKED",
                Encounters.contractExample("EHR-UNLINKED"),
                EhrEvents.headers("practice-b", unlinkedId));
        // Headers claiming to be ehr-partner-2 (which is linked to practice-b) change nothing: the topic says who
        // wrote.
        String impostorId = "impostor-" + UUID.randomUUID();
        Map<String, String> impostor = EhrEvents.headers("practice-b", impostorId);
        impostor.put(CloudEventHeaders.SOURCE, "/ehr-partner-2");
        EventTap.send(
                EhrEvents.PARTNER_1, "practice-b:EHR-UNLINKED", Encounters.contractExample("EHR-IMPOSTOR"), impostor);
        String invalidId = "invalid-" + UUID.randomUUID();
        EventTap.send(
                EhrEvents.PARTNER_1,
                "practice-b:EHR-UNLINKED",
                EncounterJson.with("EHR-INVALID", e -> ((ObjectNode) e.get("patient")).put("lastName", "")),
                EhrEvents.headers("practice-a", invalidId));

        for (String refused : List.of(unlinkedId, impostorId)) {
            ConsumerRecord<String, String> dead = deadLetter(refused);
            assertTrue(EventTap.header(dead, CloudEventHeaders.DLQ_REASON)
                    .contains("partner ehr-partner-1 is not linked to tenant practice-b"));
            assertNull(EventTap.header(dead, CloudEventHeaders.TENANT_ID), "filed under the practice it named");
        }
        ConsumerRecord<String, String> invalid = deadLetter(invalidId);
        assertTrue(EventTap.header(invalid, CloudEventHeaders.DLQ_REASON).contains("patient.lastName"));
        assertEquals(
                "practice-a", EventTap.header(invalid, CloudEventHeaders.TENANT_ID), "a linked partner's own mistake");
        // The next event on the same partition is still processed.
        EventTap.send(
                EhrEvents.PARTNER_1,
                "practice-b:EHR-UNLINKED",
                Encounters.contractExample("EHR-BEHIND"),
                EhrEvents.headers("practice-a", UUID.randomUUID().toString()));
        EventTap.await(
                Topics.CODING_EVENTS,
                r -> "billing.encounter.coded.v1".equals(EventTap.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"EHR-BEHIND\""),
                Duration.ofSeconds(30));
    }

    @Test
    void eachPartnerWritesItsOwnTopicForItsOwnPractices() {
        EventTap.send(
                EhrEvents.PARTNER_2,
                "practice-b:EHR-PARTNER-2",
                Encounters.contractExample("EHR-PARTNER-2"),
                EhrEvents.headers("practice-b", UUID.randomUUID().toString()));
        ConsumerRecord<String, String> coded = EventTap.await(
                Topics.CODING_EVENTS,
                r -> "billing.encounter.coded.v1".equals(EventTap.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"EHR-PARTNER-2\""),
                Duration.ofSeconds(30));
        assertEquals("practice-b", EventTap.header(coded, CloudEventHeaders.TENANT_ID));

        // A topic of a partner the service has no links for: nothing it sends is believed.
        String strangerId = "stranger-" + UUID.randomUUID();
        EventTap.send(
                Topics.encountersOf("some-other-ehr"),
                "practice-a:EHR-STRANGER",
                Encounters.contractExample("EHR-STRANGER"),
                EhrEvents.headers("practice-a", strangerId));
        ConsumerRecord<String, String> stranger = deadLetter(strangerId);
        assertTrue(EventTap.header(stranger, CloudEventHeaders.DLQ_REASON).contains("not a known partner"));
        assertNull(EventTap.header(stranger, CloudEventHeaders.TENANT_ID));
    }

    private static ConsumerRecord<String, String> deadLetter(String eventId) {
        return EventTap.await(
                Topics.deadLetterTopicOf(EhrEvents.PARTNER_1),
                r -> eventId.equals(EventTap.header(r, CloudEventHeaders.ID)),
                Duration.ofSeconds(60));
    }

    private static JsonNode coded(String id) {
        Review.awaitCoded(id, "CODED");
        return EncounterJson.parse(given().get("/v1/encounters/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
