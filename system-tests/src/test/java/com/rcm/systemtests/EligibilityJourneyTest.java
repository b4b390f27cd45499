package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Eligibility, estimates and claim status over real X12 through the clearinghouse simulator: the 270s
 * and 276s claims-service writes, the 271s and 277s the simulator answers from the same member benefits
 * and adjudication state it pays claims with.
 */
class EligibilityJourneyTest {
    private static final String BILLER = "alice-biller";
    private static final String ADMIN = "carol-admin";

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void activeInactiveAndUnknownMembersAreToldApartAndAnInactiveOneHoldsItsClaim() {
        eligibility("M555001")
                .body("status", equalTo("ACTIVE"))
                .body("copayCents", equalTo(2500))
                .body("coinsurancePercent", equalTo(20))
                .body("deductibleCents", equalTo(10000))
                .body("inNetwork", equalTo(true));
        eligibility("M555003").body("status", equalTo("INACTIVE"));
        eligibility("M000404").body("status", equalTo("MEMBER_NOT_FOUND")).body("rejectReason", equalTo("75"));

        String patient = "SYS-INACT-" + UUID.randomUUID().toString().substring(0, 8);
        String encounter = submit(Api.encounter("EHR-" + patient, patient).replace("\"M123456\"", "\"M555003\""));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> Api.as(BILLER)
                        .queryParam("encounterId", encounter)
                        .get(Api.CLAIMS + "/v1/claims")
                        .then()
                        .statusCode(200)
                        .body("[0].status", equalTo("HELD"))
                        .body("[0].scrubFindings.ruleId", hasItem("ELIGIBILITY_INACTIVE")));
    }

    @Test
    void theEstimateBeforeTheVisitEqualsThePatientResponsibilityPostedFromThe835() {
        payerSetup("SIMCOMM", Map.of("allowedPercent", 80));
        String patient = "SYS-EST-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath estimate = Api.as(BILLER)
                .contentType(ContentType.JSON)
                .body("""
                {"patient": {"patientId": "%s", "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1980-04-01",
                             "payerId": "SIMCOMM", "memberId": "M555001", "dateOfService": "2026-11-02"},
                 "services": [{"code": "99213", "modifiers": ["25"], "units": 1}, {"code": "G0008", "units": 1}]}""".formatted(patient))
                .post(Api.CLAIMS + "/v1/estimates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long estimated = estimate.getLong("patientResponsibilityCents");
        // 80% allowed: 120.00 and 28.00; copay 25.00 and the 100.00 deductible first, then 20% coinsurance.
        assertEquals(12960, estimated, estimate.prettify());

        String encounter = submit(Api.encounter("EHR-" + patient, patient).replace("\"M123456\"", "\"M555001\""));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> Api.as(BILLER)
                        .get(Api.PATIENT_BILLING + "/v1/patients/{id}/account", patient)
                        .then()
                        .statusCode(200)
                        .body("balanceCents", equalTo((int) estimated)));
        Api.as(BILLER)
                .queryParam("encounterId", encounter)
                .get(Api.CLAIMS + "/v1/claims")
                .then()
                .body("[0].history.detail", hasItem(containsString("eligibility ACTIVE per 271")));
    }

    @Test
    void aClaimThePayerSitsOnIsAskedAboutAndMarkedPending() {
        payerSetup("SIMMCARE", Map.of("statusInquiryDays", 0));
        String patient = "SYS-QUIET-" + UUID.randomUUID().toString().substring(0, 8);
        String encounter = submit(Api.encounter("EHR-" + patient, patient)
                .replace("\"M123456\"", "\"M555004\"")
                .replace("\"SIMCOMM\"", "\"SIMMCARE\""));
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> Api.as(BILLER)
                        .queryParam("encounterId", encounter)
                        .get(Api.CLAIMS + "/v1/claims")
                        .then()
                        .statusCode(200)
                        .body("[0].status", equalTo("PENDING"))
                        .body("[0].history.detail", hasItem(containsString("277 claim status P1:20"))));
    }

    private static ValidatableResponse eligibility(String member) {
        return Api.as(BILLER)
                .contentType(ContentType.JSON)
                .body("""
                {"patientId": "SYS-ELG-%1$s", "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1980-04-01",
                 "payerId": "SIMCOMM", "memberId": "%1$s", "dateOfService": "2026-11-02"}""".formatted(member))
                .post(Api.CLAIMS + "/v1/eligibility")
                .then()
                .statusCode(201);
    }

    /** Changes some of a seeded payer's settings, keeping the others. */
    private static void payerSetup(String payerId, Map<String, Object> changes) {
        Map<String, Object> payer = Api.as(ADMIN)
                .get(Api.CLAIMS + "/v1/setup")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("payers.find { it.payerId == '" + payerId + "' }");
        assertTrue(payer != null, payerId + " is seeded");
        Map<String, Object> body = new HashMap<>(payer);
        body.remove("payerId");
        body.putAll(changes);
        Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put(Api.CLAIMS + "/v1/setup/payers/{id}", payerId)
                .then()
                .statusCode(200);
    }

    private static String submit(String body) {
        return Api.submit(BILLER, "key-" + UUID.randomUUID(), body);
    }
}
