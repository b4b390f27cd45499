package com.rcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.support.ClaimsApi;
import com.rcm.claims.support.CodedEvents;
import com.rcm.claims.support.PayerEvents;
import com.rcm.events.Topics;
import com.rcm.events.payload.ServiceLine;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payer's decisions reach the claim: paid, denied into the denial queue with CARC/RARC and an
 * appeal deadline, appealed, replaced (frequency 7) or voided (8) with the payer's claim number.
 */
@QuarkusTest
@ClaimsTestResources
class PayerDecisionTests {
    private static final String TENANT = "practice-a";

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aDeniedClaimWaitsInTheDenialQueueWithItsReasonsAndThePayersAppealDeadline() {
        AcceptedClaim claim = acceptedClaim();
        PayerEvents.deniedNotCovered(TENANT, claim.encounter, claim.id, claim.pcn, "SIM-" + claim.pcn);

        String appealBy = LocalDate.now().plusDays(120).toString(); // SIM COMMERCIAL gives practice-a 120 days
        ClaimsApi.awaitClaim(claim.encounter, "DENIED")
                .body("[0].payerClaimControlNumber", equalTo("SIM-" + claim.pcn))
                .body("[0].denial.reasons.carc", hasItem("96"))
                .body("[0].denial.reasons[0].groupCode", equalTo("CO"))
                .body("[0].denial.remarkCodes", hasItem("N130"))
                .body("[0].appealDeadline", equalTo(appealBy))
                .body("[0].history[-1].detail", containsString("CO-96 (N130)"));
        given().queryParam("status", "DENIED")
                .get("/v1/claims")
                .then()
                .statusCode(200)
                .body("id", hasItem(claim.id));

        given().queryParam("withinDays", 130)
                .get("/v1/claims/deadlines")
                .then()
                .statusCode(200)
                .body("find { it.claimId == '" + claim.id + "' }.kind", equalTo("APPEAL"))
                .body("find { it.claimId == '" + claim.id + "' }.deadline", equalTo(appealBy))
                .body("find { it.claimId == '" + claim.id + "' }.daysLeft", equalTo(120));
        given().queryParam("withinDays", 30)
                .get("/v1/claims/deadlines")
                .then()
                .statusCode(200)
                .body("claimId", not(hasItem(claim.id)));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void anAppealIsOpenedOnADeniedClaimOnceAndNeedsAReason() {
        AcceptedClaim claim = acceptedClaim();
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"notes attached\"}")
                .post("/v1/claims/{id}/appeal", claim.id)
                .then()
                .statusCode(409);

        PayerEvents.deniedNotCovered(TENANT, claim.encounter, claim.id, claim.pcn, "SIM-" + claim.pcn);
        ClaimsApi.awaitClaim(claim.encounter, "DENIED");
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \" \"}")
                .post("/v1/claims/{id}/appeal", claim.id)
                .then()
                .statusCode(400)
                .body(containsString("reason"));
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Visit notes show a separate E/M service\"}")
                .post("/v1/claims/{id}/appeal", claim.id)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPEALED"))
                .body("history[-1].detail", containsString("Visit notes show a separate E/M service"));
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"again\"}")
                .post("/v1/claims/{id}/appeal", claim.id)
                .then()
                .statusCode(409);
        given().get("/v1/claims/deadlines").then().statusCode(200).body("claimId", not(hasItem(claim.id)));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aDeniedClaimIsCorrectedByAReplacementThatNamesThePayersClaimNumber() {
        AcceptedClaim claim = acceptedClaim();
        PayerEvents.deniedNotCovered(TENANT, claim.encounter, claim.id, claim.pcn, "SIM-" + claim.pcn);
        ClaimsApi.awaitClaim(claim.encounter, "DENIED");

        JsonPath replacement = given().contentType(ContentType.JSON)
                .body("{\"lines\": [{\"lineNumber\": 2, \"units\": 2}]}")
                .post("/v1/claims/{id}/replacement", claim.id)
                .then()
                .statusCode(201)
                .body("frequencyCode", equalTo("7"))
                .body("replacesClaimId", equalTo(claim.id))
                .body("status", equalTo("ACCEPTED"))
                .body("lines[1].units", equalTo(2))
                .extract()
                .jsonPath();
        String x12 = given().get("/v1/claims/{id}/x12", replacement.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(x12.contains("CLM*" + replacement.getString("patientControlNumber") + "*"), x12);
        assertTrue(x12.contains(":B:7*"), "frequency 7 in CLM05-3: " + x12);
        assertTrue(x12.contains("REF*F8*SIM-" + claim.pcn + "~"), "the payer's claim number in REF*F8: " + x12);

        given().get("/v1/claims/{id}", claim.id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REPLACED"))
                .body("history[-1].detail", containsString(replacement.getString("patientControlNumber")));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/claims/{id}/replacement", claim.id)
                .then()
                .statusCode(409);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aPaidClaimIsVoidedWithFrequency8AndALaterReversalStaysHistory() {
        AcceptedClaim claim = acceptedClaim();
        given().post("/v1/claims/{id}/void", claim.id)
                .then()
                .statusCode(409)
                .body("detail", containsString("ACCEPTED"));

        PayerEvents.paid(TENANT, claim.encounter, claim.id, claim.pcn, "SIM-" + claim.pcn);
        ClaimsApi.awaitClaim(claim.encounter, "PAID")
                .body("[0].history[-1].detail", containsString("paid 118.40 of 185.00"));

        JsonPath voiding = given().post("/v1/claims/{id}/void", claim.id)
                .then()
                .statusCode(201)
                .body("frequencyCode", equalTo("8"))
                .body("status", equalTo("ACCEPTED"))
                .body("totalChargeCents", equalTo(18500))
                .extract()
                .jsonPath();
        String x12 = given().get("/v1/claims/{id}/x12", voiding.getString("id"))
                .then()
                .extract()
                .asString();
        assertTrue(x12.contains(":B:8*") && x12.contains("REF*F8*SIM-" + claim.pcn + "~"), x12);

        PayerEvents.reversed(TENANT, claim.encounter, claim.id, claim.pcn, "SIM-" + claim.pcn);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/claims/{id}", claim.id)
                        .then()
                        .body("status", equalTo("VOIDED"))
                        .body("history[-1].detail", containsString("REVERSED")));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aClaimNotYetAcceptedShowsItsTimelyFilingDeadline() {
        String encounter = CodedEvents.publishContractExample(
                TENANT, "SIMCOMM", List.of(new ServiceLine(1, "99499", List.of(), 1, List.of(1), null)));
        String held = ClaimsApi.awaitClaim(encounter, "HELD")
                .body("[0].timelyFilingDeadline", equalTo("2027-05-01")) // 2026-11-02 + 180 days
                .extract()
                .path("[0].id");
        given().queryParam("withinDays", 3650)
                .get("/v1/claims/deadlines")
                .then()
                .statusCode(200)
                .body("find { it.claimId == '" + held + "' }.kind", equalTo("TIMELY_FILING"))
                .body("find { it.claimId == '" + held + "' }.status", equalTo("HELD"));
        given().queryParam("withinDays", -1).get("/v1/claims/deadlines").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesClaimCannotBeAppealedReplacedOrVoided() {
        String encounter = CodedEvents.publishContractExample(TENANT, "SIMCOMM", CodedEvents.contractServices());
        String claimId = JsonPath.from(EventTap.await(
                                Topics.CLAIMS_EVENTS,
                                EventTap.ofType("billing.claim.submitted.v1", encounter),
                                Duration.ofSeconds(20))
                        .value())
                .getString("claimId");
        given().post("/v1/claims/{id}/void", claimId).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/claims/{id}/replacement", claimId)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"x\"}")
                .post("/v1/claims/{id}/appeal", claimId)
                .then()
                .statusCode(404);
    }

    private record AcceptedClaim(String encounter, String id, String pcn) {}

    private static AcceptedClaim acceptedClaim() {
        String encounter = CodedEvents.publishContractExample(TENANT, "SIMCOMM", CodedEvents.contractServices());
        JsonPath claim = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().jsonPath();
        return new AcceptedClaim(encounter, claim.getString("[0].id"), claim.getString("[0].patientControlNumber"));
    }
}
