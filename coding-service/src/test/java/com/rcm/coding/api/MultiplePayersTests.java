package com.rcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rcm.coding.CodingTestResources;
import com.rcm.coding.EncounterJson;
import com.rcm.coding.Review;
import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Several insurances per encounter: {@code coverages} in order, by REST, a partner's event and FHIR. */
@QuarkusTest
@CodingTestResources
class MultiplePayersTests {
    private static final String COMMERCIAL = "SIMCOMM";
    private static final String MEDICARE = "SIMMCR";

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void twoCoveragesAreShownPrimaryFirstAndAnnouncedOnTheCodedEvent() {
        // Sent secondary first: the order field, not the position, says who pays first.
        String id = Review.submit(twoPayers("EHR-2PAY-" + suffix(), e -> {}));
        Review.awaitCoded(id, "CODED")
                .body("coverage.payerId", equalTo(COMMERCIAL))
                .body("coverages.payerId", contains(COMMERCIAL, MEDICARE))
                .body("coverages.order", contains(1, 2))
                .body("coverages[1].memberId", equalTo("1EG4TE5MK73"));

        EncounterCoded coded = codedEvent(id);
        assertEquals(COMMERCIAL, coded.coverage().payerId());
        assertEquals(
                List.of(COMMERCIAL, MEDICARE),
                coded.coverages().stream().map(Coverage::payerId).toList());
        assertEquals(
                List.of(1, 2), coded.coverages().stream().map(Coverage::order).toList());
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aLoneCoverageIsThePrimaryAndTheOnlyOneListed() {
        String id = Review.submit(EncounterJson.with("EHR-1PAY-" + suffix(), e -> {}));
        Review.awaitCoded(id, "CODED")
                .body("coverages.payerId", contains(COMMERCIAL))
                .body("coverages.order", contains(1))
                .body("coverage.order", equalTo(1));
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aCorrectedAndApprovedEncounterKeepsItsSecondaryPayer() {
        String id =
                Review.submit(twoPayers("EHR-2PAY-REVIEW-" + suffix(), e -> EncounterJson.diagnoses(e, "E11", "I10")));
        Review.awaitCoded(id, "NEEDS_REVIEW");
        given().contentType(ContentType.JSON)
                .body("{\"diagnoses\": [\"E11.9\", \"I10\"]}")
                .put("/v1/encounters/{id}/codes", id)
                .then()
                .statusCode(200)
                .body("coverages.payerId", contains(COMMERCIAL, MEDICARE));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/encounters/{id}/approve", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CODED"));

        assertEquals(
                List.of(COMMERCIAL, MEDICARE),
                codedEvent(id).coverages().stream().map(Coverage::payerId).toList());
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSameKeyAndPayersAnswerTheSameEncounterAndOtherPayersAreAConflict() {
        String key = "key-" + UUID.randomUUID();
        String body = twoPayers("EHR-2PAY-IDEM-" + suffix(), e -> {});
        String first = submit(key, body).statusCode(202).extract().path("id");
        String again = submit(key, body).statusCode(202).extract().path("id");
        assertEquals(first, again);

        String otherSecondary = body.replace("1EG4TE5MK73", "9ZZ9ZZ9ZZ99");
        submit(key, otherSecondary).statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void duplicateOrdersAreRefusedNamingCoverages() {
        String body = twoPayers("EHR-2PAY-DUP-" + suffix(), e -> order(e, 0, 1));
        submit("key-" + UUID.randomUUID(), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("coverages"))
                .body("errors[0].message", containsString("differ"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void coveragesWithoutAPrimaryOrWithoutAnOrderAreRefusedNamingTheEntry() {
        submit("key-" + UUID.randomUUID(), twoPayers("EHR-2PAY-NOPRIM-" + suffix(), e -> order(e, 1, 3)))
                .statusCode(400)
                .body("errors.field", contains("coverages"))
                .body("errors[0].message", containsString("order 1"));
        submit(
                        "key-" + UUID.randomUUID(),
                        twoPayers(
                                "EHR-2PAY-NOORD-" + suffix(),
                                e -> ((ObjectNode) e.withArray("coverages").get(0)).remove("order")))
                .statusCode(400)
                .body("errors.field", contains("coverages[0].order"));
        submit("key-" + UUID.randomUUID(), twoPayers("EHR-2PAY-ORD4-" + suffix(), e -> order(e, 0, 4)))
                .statusCode(400)
                .body("errors.field", contains("coverages[0].order"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void coverageAndCoveragesThatDisagreeOrNeitherAreRefused() {
        // Both, agreeing on the primary, as our own event record writes them: accepted.
        String both = EncounterJson.with(
                "EHR-BOTH-" + suffix(),
                e -> e.set(
                        "coverages",
                        EncounterJson.parse(twoPayers("x", c -> {})).get("coverages")));
        submit("key-" + UUID.randomUUID(), both).statusCode(202);

        String disagreeing = EncounterJson.with("EHR-BOTH2-" + suffix(), e -> {
            e.set("coverages", EncounterJson.parse(twoPayers("x", c -> {})).get("coverages"));
            ((ObjectNode) e.get("coverage")).put("memberId", "SOMEONE-ELSE");
        });
        submit("key-" + UUID.randomUUID(), disagreeing)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("coverages"));

        String neither = EncounterJson.with("EHR-NEITHER-" + suffix(), e -> e.remove("coverage"));
        submit("key-" + UUID.randomUUID(), neither).statusCode(400).body("errors.field", contains("coverage"));

        String secondaryAlone =
                EncounterJson.with("EHR-LONE2-" + suffix(), e -> ((ObjectNode) e.get("coverage")).put("order", 2));
        submit("key-" + UUID.randomUUID(), secondaryAlone)
                .statusCode(400)
                .body("errors.field", contains("coverage.order"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void fourCoveragesAreTooMany() {
        String body = twoPayers("EHR-4PAY-" + suffix(), e -> {
            ArrayNode list = e.withArray("coverages");
            ObjectNode commercial = (ObjectNode) list.get(1);
            list.add(commercial.deepCopy().put("order", 3));
            list.add(commercial.deepCopy().put("order", 4));
        });
        submit("key-" + UUID.randomUUID(), body).statusCode(400).body("errors.field", hasItem("coverages"));
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aFhirBundlesCoverageOrderOneIsThePrimaryWhereverItStands() {
        String id = submitFhir(bundleWithMedicare(2, 1));
        Review.awaitCoded(id, "CODED")
                .body("coverage.payerId", equalTo(MEDICARE))
                .body("coverages.payerId", contains(MEDICARE, COMMERCIAL))
                .body("coverages.order", contains(1, 2));
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void fhirCoveragesWithoutAnOrderPayInBundleOrder() {
        String id = submitFhir(bundleWithMedicare(null, null));
        Review.awaitCoded(id, "CODED")
                .body("coverage.payerId", equalTo(COMMERCIAL))
                .body("coverages.payerId", contains(COMMERCIAL, MEDICARE));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void fhirCoveragesSharingAnOrderAreRefusedNamingCoverages() {
        given().contentType("application/fhir+json")
                .header("Idempotency-Key", "fhir-" + UUID.randomUUID())
                .body(bundleWithMedicare(1, 1).getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("coverages"));
    }

    @Test
    void aPartnersEventWithCoveragesIsCodedWithEveryPayer() {
        String externalId = "EHR-2PAY-KAFKA-" + suffix();
        EventTap.send(
                EhrEvents.PARTNER_1,
                "practice-a:" + externalId,
                twoPayers(externalId, e -> {}),
                EhrEvents.headers("practice-a", UUID.randomUUID().toString()));
        ConsumerRecord<String, String> record = EventTap.await(
                Topics.CODING_EVENTS,
                r -> "billing.encounter.coded.v1".equals(EventTap.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"" + externalId + "\""),
                Duration.ofSeconds(30));
        EncounterCoded coded = EventJson.read(record.value(), EncounterCoded.class);
        assertEquals(COMMERCIAL, coded.coverage().payerId());
        assertEquals(
                List.of(COMMERCIAL, MEDICARE),
                coded.coverages().stream().map(Coverage::payerId).toList());
    }

    /** The example encounter with a Medicare secondary, listed before the commercial primary. */
    private static String twoPayers(String externalId, Consumer<ObjectNode> change) {
        return EncounterJson.with(externalId, e -> {
            ObjectNode primary = ((ObjectNode) e.remove("coverage")).put("order", 1);
            ArrayNode coverages = e.putArray("coverages");
            coverages
                    .addObject()
                    .put("order", 2)
                    .put("payerId", MEDICARE)
                    .put("memberId", "1EG4TE5MK73")
                    .put("relationshipToSubscriber", "self");
            coverages.add(primary);
            change.accept(e);
        });
    }

    private static void order(ObjectNode encounter, int index, int order) {
        ((ObjectNode) encounter.withArray("coverages").get(index)).put("order", order);
    }

    /** The example bundle (its Coverage is the commercial plan) with a Medicare Coverage after it. */
    private static String bundleWithMedicare(Integer commercialOrder, Integer medicareOrder) {
        ObjectNode bundle = (ObjectNode)
                EncounterJson.parse(ApiExamples.FHIR_BUNDLE.replace("EHR-000123", "EHR-FHIR-2PAY-" + suffix()));
        ArrayNode entries = bundle.withArray("entry");
        for (JsonNode entry : entries) {
            if ("Coverage".equals(entry.path("resource").path("resourceType").asText()) && commercialOrder != null) {
                ((ObjectNode) entry.get("resource")).put("order", commercialOrder);
            }
        }
        ObjectNode medicare = (ObjectNode) EncounterJson.parse("""
                {"resourceType": "Coverage", "status": "active", "subscriberId": "1EG4TE5MK73",
                 "relationship": {"coding": [{"code": "self"}]}, "beneficiary": {"reference": "urn:uuid:pat-1"},
                 "payor": [{"identifier": {"value": "SIMMCR"}}]}""");
        if (medicareOrder != null) {
            medicare.put("order", medicareOrder);
        }
        entries.addObject().set("resource", medicare);
        return bundle.toString();
    }

    private static String submitFhir(String bundle) {
        return given().contentType("application/fhir+json")
                .header("Idempotency-Key", "fhir-" + UUID.randomUUID())
                .body(bundle.getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static EncounterCoded codedEvent(String id) {
        ConsumerRecord<String, String> record = EventTap.await(
                Topics.CODING_EVENTS, EventTap.ofType("billing.encounter.coded.v1", id), Duration.ofSeconds(30));
        return EventJson.read(record.value(), EncounterCoded.class);
    }

    private static ValidatableResponse submit(String key, String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/v1/encounters")
                .then();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
