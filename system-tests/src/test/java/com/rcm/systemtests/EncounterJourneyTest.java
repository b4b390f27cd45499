package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One encounter's whole journey through separately running services, driven only through the
 * API docs/api.md describes, with real tokens: coded, claimed (837P), adjudicated (835), paid, patient-billed.
 */
class EncounterJourneyTest {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void anEncounterOfEachPracticeReachesPatientBilledWithTheMoneyTyingOutAndSettlesWhenPaid() {
        for (String user : List.of("alice-biller", "bob-biller")) {
            String patient = "SYS-" + UUID.randomUUID().toString().substring(0, 8);
            String encounter = Api.submit(user, "key-" + UUID.randomUUID(), Api.encounter("EHR-" + patient, patient));

            awaitStage(user, encounter, "PATIENT_BILLED");

            JsonPath claim = Api.as(user)
                    .queryParam("encounterId", encounter)
                    .get(Api.CLAIMS + "/v1/claims")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(1, claim.getList("$").size(), "one claim per encounter");
            String claimId = claim.getString("[0].id");
            long charge = claim.getLong("[0].totalChargeCents");
            String x12 = Api.as(user)
                    .get(Api.CLAIMS + "/v1/claims/{id}/x12", claimId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(x12.startsWith("ISA*") && x12.contains("ST*837*"), "the 837P as sent is readable");

            JsonPath remittances = Api.as(user)
                    .queryParam("claimId", claimId)
                    .get(Api.PAYMENTS + "/v1/remittances")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(1, remittances.getList("$").size(), "posted once");
            String remittanceId = remittances.getString("[0].id");
            String era = Api.as(user)
                    .get(Api.PAYMENTS + "/v1/remittances/{id}/x12", remittanceId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(era.contains("ST*835*"), "the 835 as received is readable");

            Map<String, Object> posting = remittances.getMap("[0].claims[0]");
            long paid = ((Number) posting.get("paidCents")).longValue();
            List<Map<String, Object>> adjustments = remittances.getList("[0].claims[0].adjustments");
            long contractual = sum(adjustments, "CO");
            long patientResponsibility = sum(adjustments, "PR");
            assertEquals(charge, ((Number) posting.get("chargeCents")).longValue());
            assertEquals(
                    charge,
                    paid + contractual + patientResponsibility,
                    "line charge = payer paid + contractual adjustment + patient responsibility");
            assertTrue(paid > 0 && contractual > 0 && patientResponsibility > 0, "80/20 contract: all three are owed");

            Api.as(user)
                    .get(Api.PATIENT_BILLING + "/v1/patients/{id}/account", patient)
                    .then()
                    .statusCode(200)
                    .body("balanceCents", equalTo((int) patientResponsibility));

            // The patient pays the statement: nothing is left on the encounter, which ends SETTLED.
            Api.as(user)
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", "pay-" + UUID.randomUUID())
                    .body("{\"amountCents\": " + patientResponsibility + ", \"method\": \"CARD\"}")
                    .post(Api.PATIENT_BILLING + "/v1/patients/{id}/payments", patient)
                    .then()
                    .statusCode(201);
            awaitStage(user, encounter, "SETTLED");
        }
    }

    @Test
    void aSupplementalPayerIsBilledAfterThePrimaryAndThePatientOwesWhatItLeaves() {
        String user = "alice-biller";
        String patient = "SYS-COB-" + UUID.randomUUID().toString().substring(0, 8);
        String encounter = Api.submit(
                user, "key-" + UUID.randomUUID(), Api.encounterWithSupplemental("EHR-" + patient, patient, "SIMCOMM"));

        awaitStage(user, encounter, "PATIENT_BILLED");

        JsonPath claims = Api.as(user)
                .queryParam("encounterId", encounter)
                .get(Api.CLAIMS + "/v1/claims")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("SIMCOMM", "SIMSUPP"), claims.getList("payerId"), "a claim per payer, in order");
        assertEquals(List.of(1, 2), claims.getList("coverageOrder"));
        assertEquals(claims.getString("[0].id"), claims.getString("[1].priorClaimId"));
        String secondary837 = Api.as(user)
                .get(Api.CLAIMS + "/v1/claims/{id}/x12", claims.getString("[1].id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                secondary837.contains("SBR*S*") && secondary837.contains("SVD*SIMCOMM*"),
                "the secondary's 837P reports the primary's decision: " + secondary837);

        Map<String, Object> primary = posting(user, claims.getString("[0].id"), "SIMCOMM");
        Map<String, Object> supplemental = posting(user, claims.getString("[1].id"), "SIMSUPP");
        assertPatientOwesWhatTheLastPayerLeft(
                user, patient, claims.getLong("[0].totalChargeCents"), primary, supplemental);
    }

    @Test
    void aMedicareCrossoverToTheSupplementalPayerPostsItsOwn835WithoutASecondaryClaimOfOurs() {
        String user = "alice-biller";
        String patient = "SYS-XOVER-" + UUID.randomUUID().toString().substring(0, 8);
        String encounter = Api.submit(
                user, "key-" + UUID.randomUUID(), Api.encounterWithSupplemental("EHR-" + patient, patient, "SIMMCARE"));

        awaitStage(user, encounter, "PATIENT_BILLED");

        JsonPath claims = Api.as(user)
                .queryParam("encounterId", encounter)
                .get(Api.CLAIMS + "/v1/claims")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("SIMMCARE"), claims.getList("payerId"), "SIMMCARE forwarded the claim itself");
        assertTrue(
                claims.getList("[0].history.detail", String.class).stream().anyMatch(d -> d.contains("crossover")),
                claims.prettify());
        String claimId = claims.getString("[0].id");
        Map<String, Object> medicare = posting(user, claimId, "SIMMCARE");
        assertEquals("19", medicare.get("claimStatusCode"), "processed as primary, forwarded");
        Map<String, Object> supplemental = posting(user, claimId, "SIMSUPP");
        assertPatientOwesWhatTheLastPayerLeft(
                user, patient, claims.getLong("[0].totalChargeCents"), medicare, supplemental);
    }

    /**
     * SIMCOMM, then SIMMCARE, then SIMSUPP: each later payer is billed with every earlier payer's decision
     * and every cent of each line is accounted for across the three 835s. A later payer adjusts what the
     * payers before it paid or wrote off as OA-23 (so its own line balances: charge = paid + PR + OA-23)
     * and pays out of the patient's share the payer just before it left, keeping the rest as PR: the
     * primary's PR = secondary paid + secondary PR, the secondary's PR = tertiary paid + tertiary PR.
     * OA-23 restates money already counted, so the line ties out without it:
     * <pre>line charge = Σ paid (three payers) + Σ CO (three payers) + the tertiary's PR</pre>
     * and the patient owes the tertiary's PR, nothing of what the earlier payers left.
     */
    @Test
    void aThreePayerEncounterAccountsForEveryCentOfEachLine() {
        String user = "alice-biller";
        String patient = "SYS-TER-" + UUID.randomUUID().toString().substring(0, 8);
        String encounter = Api.submit(
                user,
                "key-" + UUID.randomUUID(),
                Api.encounterWithPayers("EHR-" + patient, patient, "SIMCOMM", "SIMMCARE", "SIMSUPP"));

        awaitStage(user, encounter, "PATIENT_BILLED");

        JsonPath claims = Api.as(user)
                .queryParam("encounterId", encounter)
                .get(Api.CLAIMS + "/v1/claims")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> payers = List.of("SIMCOMM", "SIMMCARE", "SIMSUPP");
        assertEquals(payers, claims.getList("payerId"), "a claim per payer, in order");
        assertEquals(List.of(1, 2, 3), claims.getList("coverageOrder"));
        assertEquals(claims.getString("[0].id"), claims.getString("[1].priorClaimId"));
        assertEquals(claims.getString("[1].id"), claims.getString("[2].priorClaimId"));
        String tertiary837 = Api.as(user)
                .get(Api.CLAIMS + "/v1/claims/{id}/x12", claims.getString("[2].id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ClaimSegments tertiary = ClaimSegments.of(tertiary837, claims.getString("[2].patientControlNumber"));
        assertTrue(tertiary.subscriberSbr().startsWith("SBR*T*"), "billed as tertiary: " + tertiary837);
        // A 2320 loop per earlier payer, SBR01 its place in the order, and its decision on each line (2430).
        assertEquals(2, tertiary.starting("SBR*").size(), tertiary837);
        assertEquals(1, tertiary.starting("SBR*P*").size(), tertiary837);
        assertEquals(1, tertiary.starting("SBR*S*").size(), tertiary837);
        assertEquals(2, tertiary.starting("SVD*SIMCOMM*").size(), tertiary837);
        assertEquals(2, tertiary.starting("SVD*SIMMCARE*").size(), tertiary837);

        List<Map<String, Object>> postings = new ArrayList<>();
        for (int i = 0; i < payers.size(); i++) {
            postings.add(posting(user, claims.getString("[" + i + "].id"), payers.get(i)));
        }
        // CLP02 1, 2, 3: SIMMCARE answers 2 even when non-duplication leaves it nothing to pay.
        assertEquals(
                List.of("1", "2", "3"),
                postings.stream().map(p -> p.get("claimStatusCode")).toList());
        List<Map<String, Object>> billedLines = lines(postings.get(0));
        assertEquals(2, billedLines.size(), "the primary answered both lines: " + billedLines);
        long charged = 0;
        for (Map<String, Object> billed : billedLines) {
            long charge = cents(billed, "chargeCents");
            assertLineTiesOut(((Number) billed.get("lineNumber")).intValue(), charge, payers, postings);
            charged += charge;
        }
        assertEquals(claims.getLong("[0].totalChargeCents"), charged, "the lines are the whole claim");

        // The patient's balance is the tertiary's PR, nothing of what the earlier payers left.
        assertPatientOwesWhatTheLastPayerLeft(
                user, patient, charged, postings.get(0), postings.get(1), postings.get(2));
    }

    /**
     * One line across the payers' postings, in payer order: each was billed the line's charge, each later
     * payer's OA-23 on it is what the payers before paid or wrote off (counted there already), and
     * charge = Σ paid + Σ CO + the last payer's PR, that PR being owed.
     */
    private static void assertLineTiesOut(
            int line, long charge, List<String> payers, List<Map<String, Object>> postings) {
        long paid = 0;
        long contractual = 0;
        for (int i = 0; i < postings.size(); i++) {
            String payer = payers.get(i);
            Map<String, Object> posting = postings.get(i);
            Map<String, Object> answered = lines(posting).stream()
                    .filter(l -> isLine(l, line))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(payer + " did not answer line " + line + ": " + posting));
            assertEquals(charge, cents(answered, "chargeCents"), payer + " was billed line " + line);
            if (i > 0) {
                assertEquals(
                        paid + contractual,
                        sumOnLine(posting, line, "OA"),
                        payer + ": OA-23 on line " + line + " is what the payers before it paid or wrote off");
            }
            paid += cents(answered, "paidCents");
            contractual += sumOnLine(posting, line, "CO");
        }
        long patientShare = sumOnLine(postings.get(postings.size() - 1), line, "PR");
        assertTrue(patientShare > 0, "the last payer left the patient part of line " + line);
        assertEquals(
                charge,
                paid + contractual + patientShare,
                "line " + line + ": charge = Σ paid + Σ CO + the last payer's PR");
    }

    /** The claim payment of one payer on a claim, once posted. */
    private static Map<String, Object> posting(String user, String claimId, String payerId) {
        JsonPath remittances = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> Api.as(user)
                                .queryParam("claimId", claimId)
                                .get(Api.PAYMENTS + "/v1/remittances")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        r -> r.getList("payerId").contains(payerId));
        int index = remittances.getList("payerId").indexOf(payerId);
        return remittances.getMap("[" + index + "].claims.find { it.claimId == '" + claimId + "' }");
    }

    /**
     * Every cent of the charge is accounted for across the payers: charge = Σ paid + Σ contractual (CO) +
     * what the last payer left to the patient (its PR), which is the patient's balance.
     */
    @SafeVarargs
    private static void assertPatientOwesWhatTheLastPayerLeft(
            String user, String patient, long charge, Map<String, Object>... postings) {
        long paid = 0;
        long contractual = 0;
        for (Map<String, Object> posting : postings) {
            paid += ((Number) posting.get("paidCents")).longValue();
            contractual += sum(adjustments(posting), "CO");
        }
        long firstLeft = sum(adjustments(postings[0]), "PR");
        long lastLeft = sum(adjustments(postings[postings.length - 1]), "PR");
        assertTrue(
                firstLeft > 0 && lastLeft > 0 && lastLeft < firstLeft,
                "the later payer pays part of what the first left: " + firstLeft + " then " + lastLeft);
        assertEquals(charge, paid + contractual + lastLeft, "charge = payments + contractual + patient share");
        Api.as(user)
                .get(Api.PATIENT_BILLING + "/v1/patients/{id}/account", patient)
                .then()
                .statusCode(200)
                .body("balanceCents", equalTo((int) lastLeft));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> adjustments(Map<String, Object> posting) {
        return (List<Map<String, Object>>) posting.get("adjustments");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> posting) {
        return (List<Map<String, Object>>) posting.get("lines");
    }

    /** A posting's adjustments of {@code group} on one line. */
    private static long sumOnLine(Map<String, Object> posting, int lineNumber, String group) {
        return sum(
                adjustments(posting).stream().filter(a -> isLine(a, lineNumber)).toList(), group);
    }

    private static boolean isLine(Map<String, Object> json, int lineNumber) {
        return json.get("lineNumber") instanceof Number number && number.intValue() == lineNumber;
    }

    private static long cents(Map<String, Object> json, String field) {
        return ((Number) json.get(field)).longValue();
    }

    @Test
    void theSameIdempotencyKeyTwiceCreatesOneEncounter() {
        String key = "key-" + UUID.randomUUID();
        String body = Api.encounter("EHR-IDEM-" + key, "SYS-IDEM");
        String first = Api.submit("alice-biller", key, body);
        String second = Api.submit("alice-biller", key, body);
        assertEquals(first, second);
        Api.as("alice-biller")
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Api.encounter("EHR-OTHER-" + key, "SYS-IDEM"))
                .post(Api.CODING + "/v1/encounters")
                .then()
                .statusCode(409);
    }

    @Test
    void anotherPracticeGets404ForAnEncounterItDoesNotOwn() {
        String patient = "SYS-ISO-" + UUID.randomUUID().toString().substring(0, 8);
        String encounter =
                Api.submit("alice-biller", "key-" + UUID.randomUUID(), Api.encounter("EHR-" + patient, patient));
        awaitStage("alice-biller", encounter, "PATIENT_BILLED");

        Api.as("bob-biller")
                .get(Api.CODING + "/v1/encounters/{id}", encounter)
                .then()
                .statusCode(404);
        Api.as("bob-biller")
                .get(Api.OPS + "/v1/encounters/{id}/lifecycle", encounter)
                .then()
                .statusCode(404);
        Api.as("bob-biller")
                .get(Api.PATIENT_BILLING + "/v1/patients/{id}/account", patient)
                .then()
                .statusCode(404);
        Api.as("olga-ops")
                .get(Api.OPS + "/v1/encounters/{id}/lifecycle", encounter)
                .then()
                .statusCode(200)
                .body("tenantId", equalTo("practice-a"));
    }

    @Test
    void aHeaderDiagnosisWaitsForACoderAndTheCorrectedEncounterIsClaimed() {
        String patient = "SYS-E11-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Api.encounter("EHR-" + patient, patient).replace("\"E11.9\"", "\"E11\"");
        String encounter = Api.submit("alice-biller", "key-" + UUID.randomUUID(), body);
        awaitStage("alice-biller", encounter, "NEEDS_REVIEW");
        Api.as("alice-biller")
                .get(Api.CODING + "/v1/encounters/{id}", encounter)
                .then()
                .body("edits.editId", org.hamcrest.Matchers.hasItem("ICD10_NOT_BILLABLE"));

        Api.as("alice-biller")
                .contentType(ContentType.JSON)
                .body("{\"diagnoses\": [\"E11.9\", \"I10\"]}")
                .put(Api.CODING + "/v1/encounters/{id}/codes", encounter)
                .then()
                .statusCode(200)
                .body("edits", org.hamcrest.Matchers.hasSize(0));
        Api.as("alice-biller")
                .contentType(ContentType.JSON)
                .body("{}")
                .post(Api.CODING + "/v1/encounters/{id}/approve", encounter)
                .then()
                .statusCode(200)
                .body("status", equalTo("CODED"));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> Api.as("alice-biller")
                        .queryParam("encounterId", encounter)
                        .get(Api.CLAIMS + "/v1/claims")
                        .then()
                        .statusCode(200)
                        .body("size()", equalTo(1)));
    }

    @Test
    void aClaimTheClearinghouseRejectsIsCorrectedAndPaidOnResubmission() {
        String patient = "SYS-REJ-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Api.encounter("EHR-" + patient, patient).replace("\"M123456\"", "\"M000404\"");
        String encounter = Api.submit("alice-biller", "key-" + UUID.randomUUID(), body);
        awaitStage("alice-biller", encounter, "REJECTED");
        JsonPath claim = Api.as("alice-biller")
                .queryParam("encounterId", encounter)
                .get(Api.CLAIMS + "/v1/claims")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("REJECTED", claim.getString("[0].status"));
        assertTrue(claim.getString("[0].history[-1].detail").contains("277CA A3:33"), claim.prettify());

        Api.as("alice-biller")
                .contentType(ContentType.JSON)
                .body("{\"coverage\": {\"payerId\": \"SIMCOMM\", \"memberId\": \"M123456\", \"groupNumber\": \"G1\"}}")
                .post(Api.CLAIMS + "/v1/claims/{id}/resubmit", claim.getString("[0].id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        awaitStage("alice-biller", encounter, "PATIENT_BILLED");
    }

    @Test
    void controlNumbersStayUniqueWhenClaimsCrashesAndRestarts() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                LocalPlatform.startedHere(), "needs the platform this run started, to crash one of its processes");
        JsonPath before = claimedBy("SYS-CN1-");
        LocalPlatform.crashAndRestart("claims-service");
        JsonPath after = claimedBy("SYS-CN2-");
        assertTrue(
                Long.parseLong(after.getString("[0].interchangeControlNumber"))
                        > Long.parseLong(before.getString("[0].interchangeControlNumber")),
                "ISA13 is never reused");
        assertTrue(
                after.getString("[0].patientControlNumber").compareTo(before.getString("[0].patientControlNumber")) > 0,
                "patient control numbers keep counting up");
    }

    private static JsonPath claimedBy(String prefix) {
        String patient = prefix + UUID.randomUUID().toString().substring(0, 8);
        String encounter =
                Api.submit("alice-biller", "key-" + UUID.randomUUID(), Api.encounter("EHR-" + patient, patient));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> Api.as("alice-biller")
                        .queryParam("encounterId", encounter)
                        .get(Api.CLAIMS + "/v1/claims")
                        .then()
                        .statusCode(200)
                        .body("[0].interchangeControlNumber", org.hamcrest.Matchers.notNullValue()));
        return Api.as("alice-biller")
                .queryParam("encounterId", encounter)
                .get(Api.CLAIMS + "/v1/claims")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void awaitStage(String user, String encounter, String stage) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> Api.as(user)
                        .get(Api.OPS + "/v1/encounters/{id}/lifecycle", encounter)
                        .then()
                        .statusCode(200)
                        .body("stage", equalTo(stage)));
    }

    private static long sum(List<Map<String, Object>> adjustments, String group) {
        return adjustments.stream()
                .filter(a -> group.equals(a.get("groupCode")))
                .mapToLong(a -> ((Number) a.get("amountCents")).longValue())
                .sum();
    }
}
