package com.rcm.claims.api;

import static com.rcm.claims.support.ClaimsApi.awaitClaim;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.support.ClearinghouseReceiverResource;
import com.rcm.claims.support.CodedEvents;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.ClaimStatusReported;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.testkit.EventTap;
import com.rcm.x12.eligibility.EligibilityReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Eligibility (270/271), claims that depend on it, estimates, and claim status (276/277), over real X12. */
@QuarkusTest
@ClaimsTestResources
class EligibilityAndStatusTests {
    private static final String A = "practice-a";

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void activeInactiveAndUnknownMembersAreAnsweredFromThe271() {
        String active = check("M555010")
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("planName", equalTo("TEST PPO"))
                .body("copayCents", equalTo(2500))
                .body("coinsurancePercent", equalTo(20))
                .body("deductibleCents", equalTo(100000))
                .body("deductibleRemainingCents", equalTo(6000))
                .body("inNetwork", equalTo(true))
                .body("traceNumber", startsWith("ELG"))
                .extract()
                .path("id");
        String x271 = given().get("/v1/eligibility/{id}/x12", active)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals("ACTIVE", EligibilityReader.readResponse(x271).status().name());
        String x270 = ClearinghouseReceiverResource.inquiries().stream()
                .filter(i -> i.contains("*MI*M555010~"))
                .findFirst()
                .orElseThrow();
        assertTrue(x270.contains("ST*270*") && x270.contains("NM1*1P*2*") && x270.contains("EQ*30~"), x270);

        check(ClearinghouseReceiverResource.INACTIVE_MEMBER).statusCode(201).body("status", equalTo("INACTIVE"));
        check(ClearinghouseReceiverResource.UNKNOWN_MEMBER)
                .statusCode(201)
                .body("status", equalTo("MEMBER_NOT_FOUND"))
                .body("rejectReason", equalTo("75"));
        given().contentType(ContentType.JSON)
                .body("{\"patientId\": \"P-1\"}")
                .post("/v1/eligibility")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("memberId"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void aScheduleIsCheckedInOneBatch() {
        given().contentType(ContentType.JSON)
                .body("""
                {"checks": [%s, %s]}""".formatted(checkBody("M555011"), checkBody(ClearinghouseReceiverResource.INACTIVE_MEMBER)))
                .post("/v1/eligibility/batch")
                .then()
                .statusCode(200)
                .body("eligibility.status", contains("ACTIVE", "INACTIVE"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void inactiveCoverageHoldsTheClaimAndAClaimWithoutARecentCheckCarriesAWarning() {
        check(ClearinghouseReceiverResource.INACTIVE_MEMBER).statusCode(201);
        String held = CodedEvents.publish(A, forMember(ClearinghouseReceiverResource.INACTIVE_MEMBER));
        awaitClaim(held, "HELD")
                .body("[0].scrubFindings.ruleId", hasItem("ELIGIBILITY_INACTIVE"))
                .body("[0].scrubFindings.fix", hasItem(containsString("says INACTIVE")));

        check("M555012").statusCode(201);
        String covered = CodedEvents.publish(A, forMember("M555012"));
        awaitClaim(covered, "ACCEPTED")
                .body("[0].history.detail", hasItem(containsString("eligibility ACTIVE per 271 ELG")));

        String unchecked = CodedEvents.publish(A, forMember("M555013"));
        awaitClaim(unchecked, "ACCEPTED")
                .body(
                        "[0].history.detail",
                        hasItem(containsString("warning: no eligibility answer in the last 30 days")));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void theEstimateAppliesCopayDeductibleLeftAndCoinsuranceToTheContractAllowedAmount() {
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM ESTIMATES", "claimFilingIndicator": "CI", "timelyFilingDays": 365, "allowedPercent": 80}""")
                .put("/v1/setup/payers/SIMEST")
                .then()
                .statusCode(200);
        // Allowed 120.00 and 28.00; the visit bears the 25.00 copay and the 60.00 deductible left, then 20%.
        given().contentType(ContentType.JSON)
                .body("""
                {"patient": %s, "services": [{"code": "99213", "modifiers": ["25"], "units": 1},
                                             {"code": "G0008", "units": 1}]}""".formatted(checkBody("M555014").replace("SIMCOMM", "SIMEST")))
                .post("/v1/estimates")
                .then()
                .statusCode(200)
                .body("lines.allowedCents", contains(12000, 2800))
                .body("lines.copayCents", contains(2500, 0))
                .body("lines.deductibleCents", contains(6000, 0))
                .body("lines.coinsuranceCents", contains(700, 560))
                .body("totalChargeCents", equalTo(18500))
                .body("patientResponsibilityCents", equalTo(9760))
                .body("insurancePaysCents", equalTo(5040));

        given().contentType(ContentType.JSON)
                .body("""
                {"patient": %s, "services": [{"code": "99213", "units": 1}]}""".formatted(checkBody(ClearinghouseReceiverResource.INACTIVE_MEMBER)))
                .post("/v1/estimates")
                .then()
                .statusCode(422)
                .body("detail", containsString("INACTIVE"));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void aQuietClaimIsAskedAboutOnItsOwnAndMovedByThe277() {
        // A payer that gets asked about a claim as soon as it is sent (statusInquiryDays 0).
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM QUIET", "claimFilingIndicator": "CI", "timelyFilingDays": 365, "statusInquiryDays": 0}""")
                .put("/v1/setup/payers/SIMQUIET")
                .then()
                .statusCode(200);
        EncounterCoded coded = CodedEvents.contractExample("SIMQUIET", CodedEvents.contractServices());
        String encounter = CodedEvents.publish(A, coded);

        ValidatableResponse pending = awaitClaim(encounter, "PENDING");
        pending.body("[0].history.detail", hasItem(containsString("277 claim status P1:20")));
        String claimId = pending.extract().path("[0].id");
        String pcn = pending.extract().path("[0].patientControlNumber");
        ClaimStatusReported reported = EventJson.read(
                EventTap.await(
                                Topics.CLAIMS_EVENTS,
                                EventTap.ofType("billing.claim.status-reported.v1", encounter),
                                Duration.ofSeconds(20))
                        .value(),
                ClaimStatusReported.class);
        assertEquals("P1", reported.category());
        assertEquals("PENDING", reported.claimStatus());
        assertTrue(ClearinghouseReceiverResource.inquiries().stream()
                .anyMatch(i -> i.contains("ST*276*") && i.contains("REF*EJ*" + pcn + "~")));

        // Asked again by a biller: the payer now wants more information; the same answer twice is one entry.
        ClearinghouseReceiverResource.answerClaimStatus(pcn, "R1:21");
        given().post("/v1/claims/{id}/status-inquiry", claimId)
                .then()
                .statusCode(200)
                .body("status", equalTo("NEEDS_INFORMATION"));
        int entries = given().get("/v1/claims/{id}", claimId).then().extract().path("history.size()");
        given().post("/v1/claims/{id}/status-inquiry", claimId)
                .then()
                .statusCode(200)
                .body("history", hasSize(entries));

        ClearinghouseReceiverResource.answerClaimStatus(pcn, "F2:1");
        given().post("/v1/claims/{id}/status-inquiry", claimId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DENIED"));
        given().post("/v1/claims/{id}/status-inquiry", claimId).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesEligibilityAnswerIsNotFound() {
        given().get("/v1/eligibility/{id}", UUID.randomUUID().toString()).then().statusCode(404);
    }

    private static ValidatableResponse check(String member) {
        return given().contentType(ContentType.JSON)
                .body(checkBody(member))
                .post("/v1/eligibility")
                .then();
    }

    private static String checkBody(String member) {
        return """
                {"patientId": "P-%1$s", "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1980-04-01",
                 "payerId": "SIMCOMM", "memberId": "%1$s", "dateOfService": "2026-11-02"}""".formatted(member);
    }

    private static EncounterCoded forMember(String member) {
        EncounterCoded e = CodedEvents.contractExample("SIMCOMM", CodedEvents.contractServices());
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                e.patient(),
                new Coverage("SIMCOMM", member, "G1", "self"),
                e.renderingProviderNpi(),
                e.diagnoses(),
                e.services());
    }
}
