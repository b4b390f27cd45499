package com.rcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.service.CrossoverFollowUps;
import com.rcm.claims.support.ClaimsApi;
import com.rcm.claims.support.ClearinghouseReceiverResource;
import com.rcm.claims.support.CodedEvents;
import com.rcm.claims.support.PayerEvents;
import com.rcm.events.Topics;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.testkit.EventTap;
import com.rcm.x12.claim.LineAdjudication;
import com.rcm.x12.claim.OtherPayer;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coordination of benefits: once the primary's decision is posted and it left the patient a share, the
 * encounter's secondary payer gets a claim of its own, whose 837P reports the primary's decision.
 */
@QuarkusTest
@ClaimsTestResources
class SecondaryClaimTests {
    private static final String TENANT = "practice-a";

    @Inject
    CrossoverFollowUps followUps;

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void thePrimarysPostedDecisionBillsTheSecondaryWithLoops2320And2430() {
        String encounter = CodedEvents.publish(TENANT, CodedEvents.withSecondary("SIMCOMM", "SIMSUPP"));
        JsonPath primary = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().jsonPath();
        String primaryId = primary.getString("[0].id");
        assertEquals(
                "SIMSUPP",
                JsonPath.from(EventTap.await(
                                        Topics.CLAIMS_EVENTS,
                                        EventTap.ofType("billing.claim.submitted.v1", encounter),
                                        Duration.ofSeconds(20))
                                .value())
                        .getString("nextPayerId"),
                "payments learns who decides after the primary");

        List<long[]> lines = List.of(
                new long[] {1, primary.getLong("[0].lines[0].chargeCents")},
                new long[] {2, primary.getLong("[0].lines[1].chargeCents")});
        PayerEvents.posted(TENANT, encounter, primaryId, "SIMCOMM", "1", lines, "SIMSUPP");

        JsonPath claims = awaitClaims(encounter, 2);
        assertEquals("SIMSUPP", claims.getString("[1].payerId"));
        assertEquals(2, claims.getInt("[1].coverageOrder"));
        assertEquals(primaryId, claims.getString("[1].priorClaimId"));
        String secondaryId = claims.getString("[1].id");
        String secondaryPcn = claims.getString("[1].patientControlNumber");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> given().get("/v1/claims/{id}", secondaryId).then().body("status", equalTo("ACCEPTED")));
        given().get("/v1/claims/{id}", primaryId)
                .then()
                .body("history[-1].detail", containsString("billed next to SIMSUPP"));

        String x12 = given().get("/v1/claims/{id}/x12", secondaryId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ProfessionalClaim sent = new ProfessionalClaimReader()
                .read(x12).single().claims().stream()
                        .filter(c -> c.patientControlNumber().equals(secondaryPcn))
                        .findFirst()
                        .orElseThrow();
        assertEquals("S", sent.subscriber().payerResponsibility());
        assertEquals("SIMSUPP", sent.subscriber().payerId());
        OtherPayer simcomm = sent.otherPayers().get(0);
        assertEquals("SIMCOMM", simcomm.payerId());
        assertEquals("P", simcomm.payerResponsibility());
        long charge = lines.get(0)[1] + lines.get(1)[1];
        assertEquals(lines.get(0)[1] * 64 / 100 + lines.get(1)[1] * 64 / 100, simcomm.paidCents());
        LineAdjudication firstLine = sent.lines().get(0).priorAdjudications().get(0);
        assertEquals("SIMCOMM", firstLine.payerId());
        assertEquals(lines.get(0)[1], firstLine.paidCents() + firstLine.adjustedCents());
        assertEquals(LocalDate.of(2026, 11, 20), firstLine.adjudicatedOn());
        assertEquals(charge, sent.totalChargeCents());
        JsonPath submitted = JsonPath.from(EventTap.await(
                        Topics.CLAIMS_EVENTS,
                        record -> record.value().contains(secondaryId)
                                && record.value().contains("\"interchangeControlNumber\""),
                        Duration.ofSeconds(20))
                .value());
        assertEquals(2, submitted.getInt("coverageOrder"));
        assertNull(submitted.getString("nextPayerId"), "the secondary is the encounter's last payer");

        // The same posting delivered again (a new event) bills the secondary once.
        PayerEvents.posted(TENANT, encounter, primaryId, "SIMCOMM", "1", lines, "SIMSUPP");
        PayerEvents.paid(TENANT, encounter, primaryId, primary.getString("[0].patientControlNumber"), "SIM-1");
        ClaimsApi.awaitClaim(encounter, "PAID");
        given().queryParam("encounterId", encounter).get("/v1/claims").then().body("$", hasSize(2));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aPrimaryThatForwardedTheClaimItselfIsNotFollowedByAClaimOfOurs() {
        String encounter = CodedEvents.publish(TENANT, CodedEvents.withSecondary("SIMMCARE", "SIMSUPP"));
        JsonPath primary = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().jsonPath();
        String primaryId = primary.getString("[0].id");

        PayerEvents.posted(TENANT, encounter, primaryId, "SIMMCARE", "19", bothLines(primary), "SIMSUPP");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/claims/{id}", primaryId)
                        .then()
                        .body("history[-1].detail", containsString("835 is awaited until")));
        given().queryParam("encounterId", encounter).get("/v1/claims").then().body("$", hasSize(1));
        assertEquals(0, followUps.billOverdue(OffsetDateTime.now()), "the crossover is not yet overdue");

        // The crossover payer never answers: past the follow-up date, it is billed directly, once.
        followUps.billOverdue(OffsetDateTime.now().plusDays(31));
        JsonPath claims = awaitClaims(encounter, 2);
        assertEquals("SIMSUPP", claims.getString("[1].payerId"));
        assertEquals(primaryId, claims.getString("[1].priorClaimId"));
        given().get("/v1/claims/{id}", primaryId)
                .then()
                .body("history[-1].detail", containsString("no 835 from crossover payer SIMSUPP after 30 days"));
        followUps.billOverdue(OffsetDateTime.now().plusDays(62));
        given().queryParam("encounterId", encounter).get("/v1/claims").then().body("$", hasSize(2));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aForwardToAPayerNotSetUpForCrossoversIsBilledDirectly() {
        String encounter = CodedEvents.publish(TENANT, CodedEvents.withSecondary("SIMMCARE", "SIMCOMM"));
        JsonPath primary = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().jsonPath();
        String primaryId = primary.getString("[0].id");

        PayerEvents.posted(TENANT, encounter, primaryId, "SIMMCARE", "19", bothLines(primary), "SIMCOMM");

        JsonPath claims = awaitClaims(encounter, 2);
        assertEquals("SIMCOMM", claims.getString("[1].payerId"));
        given().get("/v1/claims/{id}", primaryId)
                .then()
                .body("history[-1].detail", containsString("SIMCOMM is not set up to receive crossovers"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void medicareBilledAfterAnotherPayerIsToldWhyItPaysSecond() {
        String encounter = CodedEvents.publish(TENANT, CodedEvents.withSecondary("SIMCOMM", "SIMMCARE"));
        JsonPath primary = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().jsonPath();
        String primaryId = primary.getString("[0].id");
        assertNull(
                sent(primaryId, primary.getString("[0].patientControlNumber"))
                        .subscriber()
                        .insuranceTypeCode(),
                "no SBR05 when Medicare is not billed");

        PayerEvents.posted(TENANT, encounter, primaryId, "SIMCOMM", "1", bothLines(primary), "SIMMCARE");

        JsonPath claims = awaitClaims(encounter, 2);
        String secondaryId = claims.getString("[1].id");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> given().get("/v1/claims/{id}", secondaryId).then().body("status", equalTo("ACCEPTED")));
        ProfessionalClaim medicare = sent(secondaryId, claims.getString("[1].patientControlNumber"));
        assertEquals("S", medicare.subscriber().payerResponsibility());
        assertEquals("MB", medicare.subscriber().claimFilingIndicator());
        assertEquals("12", medicare.subscriber().insuranceTypeCode(), "SBR05: working aged, employer group plan");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void eachPayersClaimIsScrubbedAgainstThatPayersOwnEligibilityAnswer() {
        String ended = ClearinghouseReceiverResource.INACTIVE_MEMBER;
        given().contentType(ContentType.JSON)
                .body("""
                {"patientId": "P-COB-1", "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1980-04-01",
                 "payerId": "SIMSUPP", "memberId": "%s", "dateOfService": "2026-11-02"}""".formatted(ended))
                .post("/v1/eligibility")
                .then()
                .statusCode(201)
                .body("status", equalTo("INACTIVE"));
        EncounterCoded e = CodedEvents.withSecondary("SIMCOMM", "SIMSUPP");
        Coverage endedSupplement = new Coverage("SIMSUPP", ended, null, "self", null, 2);
        String encounter = CodedEvents.publish(
                TENANT,
                new EncounterCoded(
                        e.encounterId(),
                        e.externalId(),
                        e.dateOfService(),
                        e.placeOfService(),
                        e.patient(),
                        e.coverage(),
                        e.renderingProviderNpi(),
                        e.diagnoses(),
                        e.services(),
                        List.of(e.coverage(), endedSupplement)));
        JsonPath primary = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().jsonPath();
        String primaryId = primary.getString("[0].id");

        PayerEvents.posted(TENANT, encounter, primaryId, "SIMCOMM", "1", bothLines(primary), "SIMSUPP");

        JsonPath claims = awaitClaims(encounter, 2);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/claims/{id}", claims.getString("[1].id"))
                        .then()
                        .body("status", equalTo("HELD"))
                        .body("scrubFindings.ruleId", hasItem("ELIGIBILITY_INACTIVE")));
    }

    /** Each line of the primary's claim with its charge, as the payer's decision covers them. */
    private static List<long[]> bothLines(JsonPath primary) {
        return List.of(
                new long[] {1, primary.getLong("[0].lines[0].chargeCents")},
                new long[] {2, primary.getLong("[0].lines[1].chargeCents")});
    }

    /** The claim as its 837P carried it to the payer. */
    private static ProfessionalClaim sent(String claimId, String patientControlNumber) {
        String x12 = given().get("/v1/claims/{id}/x12", claimId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return new ProfessionalClaimReader()
                .read(x12).single().claims().stream()
                        .filter(c -> c.patientControlNumber().equals(patientControlNumber))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aPrimaryThatLeftNothingForTheSecondaryEndsTheEncountersClaims() {
        String encounter = CodedEvents.publish(TENANT, CodedEvents.withSecondary("SIMCOMM", "SIMSUPP"));
        JsonPath primary = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().jsonPath();
        String primaryId = primary.getString("[0].id");

        PayerEvents.posted(
                TENANT,
                encounter,
                primaryId,
                "SIMCOMM",
                "1",
                List.of(new long[] {1, primary.getLong("[0].lines[0].chargeCents")}),
                null);
        PayerEvents.paid(TENANT, encounter, primaryId, primary.getString("[0].patientControlNumber"), "SIM-2");

        ClaimsApi.awaitClaim(encounter, "PAID");
        given().queryParam("encounterId", encounter).get("/v1/claims").then().body("$", hasSize(1));
    }

    /** The encounter's claims once there are {@code count}, oldest first. */
    private static JsonPath awaitClaims(String encounter, int count) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().queryParam("encounterId", encounter)
                        .get("/v1/claims")
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(count)));
        return given().queryParam("encounterId", encounter)
                .get("/v1/claims")
                .then()
                .extract()
                .jsonPath();
    }
}
