package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One of each of practice-a's records that an API names by id, made through the public API the way
 * the practice would: two encounters billed to their patients, an eligibility check, a payment plan,
 * a refund request, a claim payment left unmatched, and a dead letter.
 */
final class PracticeAFixture {
    static final String BILLER = "alice-biller";
    static final String ADMIN = "carol-admin";

    /** Every id by name, e.g. "encounter" → its id. */
    final Map<String, String> ids = new LinkedHashMap<>();

    private static PracticeAFixture shared;

    /** Made once per test run and shared by the tests that walk the API. */
    static synchronized PracticeAFixture shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    private static PracticeAFixture create() {
        PracticeAFixture a = new PracticeAFixture();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String patient = "SYS-ISO-" + run;
        String overpaid = "SYS-ISO-REF-" + run;
        String encounter = Api.submit(BILLER, "iso-" + run, Api.encounter("EHR-ISO-" + run, patient));
        String second = Api.submit(BILLER, "iso-ref-" + run, Api.encounter("EHR-ISO-REF-" + run, overpaid));
        for (String e : new String[] {encounter, second}) {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> Api.as(BILLER)
                            .get(Api.OPS + "/v1/encounters/{id}/lifecycle", e)
                            .then()
                            .statusCode(200)
                            .body("stage", equalTo("PATIENT_BILLED")));
        }
        a.ids.put("patient", patient);
        a.ids.put("encounter", encounter);
        String claim = Api.as(BILLER)
                .queryParam("encounterId", encounter)
                .get(Api.CLAIMS + "/v1/claims")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        a.ids.put("claim", claim);
        a.ids.put(
                "remittance",
                Api.as(BILLER)
                        .queryParam("claimId", claim)
                        .get(Api.PAYMENTS + "/v1/remittances")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].id"));
        a.ids.put(
                "statement",
                Api.as(BILLER)
                        .get(Api.PATIENT_BILLING + "/v1/patients/{id}/statements", patient)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].id"));
        String guarantor = Api.as(BILLER)
                .get(Api.PATIENT_BILLING + "/v1/patients/{id}/account", patient)
                .then()
                .statusCode(200)
                .extract()
                .path("guarantorId");
        a.ids.put("guarantor", guarantor);
        a.ids.put(
                "eligibility",
                Api.as(BILLER)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "patientId",
                                patient,
                                "firstName",
                                "Jane",
                                "lastName",
                                "Doe",
                                "dateOfBirth",
                                "1980-04-01",
                                "payerId",
                                "SIMCOMM",
                                "memberId",
                                "M123456",
                                "dateOfService",
                                "2026-11-02"))
                        .post(Api.CLAIMS + "/v1/eligibility")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        a.ids.put(
                "plan",
                Api.as(BILLER)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "installmentCents",
                                500,
                                "frequency",
                                "MONTHLY",
                                "firstDueOn",
                                LocalDate.now().plusDays(30).toString()))
                        .post(Api.PATIENT_BILLING + "/v1/guarantors/{id}/payment-plans", guarantor)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        a.ids.put("refund", refund(overpaid));
        a.ids.put("unmatched", unmatched(a.ids.get("remittance")));
        a.ids.put("deadLetter", deadLetter());
        return a;
    }

    /** Paying 10.00 more than owed leaves a credit and a refund request. */
    private static String refund(String patient) {
        long owed = ((Number) Api.as(BILLER)
                        .get(Api.PATIENT_BILLING + "/v1/patients/{id}/account", patient)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("balanceCents"))
                .longValue();
        Api.as(BILLER)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "iso-pay-" + UUID.randomUUID())
                .body(Map.of("amountCents", owed + 1000, "method", "CARD"))
                .post(Api.PATIENT_BILLING + "/v1/patients/{id}/payments", patient)
                .then()
                .statusCode(201);
        return Api.as(BILLER)
                .get(Api.PATIENT_BILLING + "/v1/refunds")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.patientId == '%s' }.id".formatted(patient));
    }

    /** The practice's own 835 sent again under another check number: the payment it repeats is unmatched. */
    private static String unmatched(String remittance) {
        String era = Api.as(BILLER)
                .get(Api.PAYMENTS + "/v1/remittances/{id}/x12", remittance)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String trace = "ISO" + System.nanoTime() % 1_000_000_000L;
        Api.as(BILLER)
                .contentType("application/edi-x12")
                .body(era.replaceFirst("TRN\\*1\\*[^*~]+", "TRN*1*" + trace).getBytes(StandardCharsets.UTF_8))
                .post(Api.PAYMENTS + "/v1/remittances")
                .then()
                .statusCode(202);
        Object id = Api.as(BILLER)
                .get(Api.PAYMENTS + "/v1/unmatched")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.traceNumber == '%s' }.id".formatted(trace));
        return String.valueOf(id);
    }

    /** Practice-a's partner sends it something that is no encounter: dead-lettered under practice-a. */
    private static String deadLetter() {
        String marker = "iso-dlq-" + UUID.randomUUID();
        PlatformKafka.send(
                EncounterLoad.TOPIC,
                "practice-a:" + marker,
                "{\"not\": \"an encounter\"}",
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        marker,
                        "ce_type",
                        "billing.encounter.submitted.v1",
                        "ce_source",
                        "/ehr-partner-1",
                        "ce_tenantid",
                        "practice-a",
                        "ce_encounterid",
                        marker,
                        "content-type",
                        "application/json"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> Api.as(BILLER)
                        .get(Api.OPS + "/v1/dead-letters")
                        .then()
                        .statusCode(200)
                        .body("encounterId", hasItem(marker)));
        return Api.as(BILLER)
                .get(Api.OPS + "/v1/dead-letters")
                .then()
                .extract()
                .path("find { it.encounterId == '%s' }.id".formatted(marker));
    }

    String id(String name) {
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("practice-a has no " + name + " in the fixture: " + ids);
        }
        return id;
    }

    private PracticeAFixture() {}
}
