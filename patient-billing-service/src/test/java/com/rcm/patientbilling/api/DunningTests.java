package com.rcm.patientbilling.api;

import static com.rcm.patientbilling.support.Accounts.assertLedgerSumsTo;
import static com.rcm.patientbilling.support.Accounts.awaitBalance;
import static com.rcm.patientbilling.support.Accounts.awaitStatements;
import static com.rcm.patientbilling.support.Accounts.runCycle;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.Topics;
import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.service.StatementBatches;
import com.rcm.patientbilling.support.Accounts;
import com.rcm.patientbilling.support.PaymentEvents;
import com.rcm.testkit.EventTap;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The dunning sequence under a practice's own intervals, walked through weeks with on-demand cycle runs
 * dated ahead: statement, reminder after 30 days, final notice 15 days later, collections 10 days after.
 * A cycle run covers every guarantor of its practice, so each test has a practice of its own.
 */
@QuarkusTest
@PatientBillingTestResources
class DunningTests {
    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    Scheduler scheduler;

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-dunning-1"))
    void anUnpaidBalanceGoesFromStatementToReminderToFinalNoticeToCollections() throws Exception {
        Accounts.setPolicy(30, 15, 10, 500, 10);
        String patient = "P-DUN-" + UUID.randomUUID();
        PaymentEvents.publish("practice-dunning-1", PaymentEvents.owing(patient, 4000));
        awaitStatements(patient, 1);

        runCycle(TODAY.plusDays(29));
        awaitStatements(patient, 1);
        runCycle(TODAY.plusDays(30));
        runCycle(TODAY.plusDays(30));
        runCycle(TODAY.plusDays(44));
        JsonPath notices = runCycleAndList(TODAY.plusDays(45), patient);
        assertEquals(List.of("STATEMENT", "REMINDER", "FINAL_NOTICE"), notices.getList("notice"));
        assertEquals(
                List.of(
                        TODAY.toString(),
                        TODAY.plusDays(30).toString(),
                        TODAY.plusDays(45).toString()),
                notices.getList("issuedOn"));
        assertEquals(TODAY.plusDays(45 + 21).toString(), notices.getString("[2].dueDate"));

        byte[] pdf = given().accept("application/pdf")
                .get("/v1/statements/{id}", notices.getString("[2].id"))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Final notice"), text);
            assertTrue(text.contains("Amount due: $40.00"), text);
            assertTrue(text.contains("Aging: 0-30 days: $0.00, 31-60 days: $40.00"), text);
        }
        given().get("/v1/guarantors/{id}", patient)
                .then()
                .body("collectionsOn", nullValue())
                .body("lastNotice", equalTo("FINAL_NOTICE"));

        runCycle(TODAY.plusDays(55));
        given().get("/v1/guarantors/{id}", patient)
                .then()
                .body("collectionsOn", equalTo(TODAY.plusDays(55).toString()));
        runCycle(TODAY.plusDays(90));
        awaitStatements(patient, 3);
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-dunning-2"))
    void aPaymentSinceTheLastNoticeStartsTheSequenceOverWithAStatement() {
        Accounts.setPolicy(30, 15, 10, 500, 10);
        String patient = "P-DUN-" + UUID.randomUUID();
        PaymentEvents.publish("practice-dunning-2", PaymentEvents.owing(patient, 4000));
        awaitStatements(patient, 1);
        Accounts.pay(patient, 1000);

        JsonPath notices = runCycleAndList(TODAY.plusDays(30), patient);
        assertEquals(List.of("STATEMENT", "STATEMENT"), notices.getList("notice"));
        assertEquals(3000, notices.getInt("[1].amountDueCents"));
        assertEquals(-1000, notices.getInt("[1].creditsCents"));
        given().get("/v1/statements/{id}", notices.getString("[1].id"))
                .then()
                .body(containsString("Payments and credits on these services: -$10.00"))
                .body(containsString("Amount due: $30.00"));

        JsonPath next = runCycleAndList(TODAY.plusDays(60), patient);
        assertEquals("REMINDER", next.getString("[2].notice"));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-dunning-3"))
    void aBalanceWithinThePracticesSmallBalanceLimitIsWrittenOffNotBilled() {
        Accounts.setPolicy(30, 15, 10, 500, 10);
        String patient = "P-SMALL-" + UUID.randomUUID();
        PaymentEvents.Published small = PaymentEvents.publish("practice-dunning-3", PaymentEvents.owing(patient, 450));
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.balance.settled.v1", small.encounterId()),
                Duration.ofSeconds(20));
        assertLedgerSumsTo(patient, 0);
        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("entries.kind", contains("PATIENT_RESPONSIBILITY", "SMALL_BALANCE"))
                .body("entries[1].approvedBy", equalTo("small-balance rule"));
        given().get("/v1/patients/{id}/statements", patient).then().body("size()", equalTo(0));

        // What a partial payment leaves under the limit goes at the next cycle.
        String other = "P-SMALL-" + UUID.randomUUID();
        PaymentEvents.publish("practice-dunning-3", PaymentEvents.owing(other, 4000));
        awaitStatements(other, 1);
        Accounts.pay(other, 3700);
        runCycle(TODAY);
        assertLedgerSumsTo(other, 0);
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-dunning-5"))
    void aCycleThatRunsBeforeTheStatementBatchLeavesTheNewChargesToItAndThePatientGetsOneStatement() {
        String patient = "P-DUN-" + UUID.randomUUID();
        scheduler.pause(StatementBatches.JOB);
        try {
            PaymentEvents.publish("practice-dunning-5", PaymentEvents.owing(patient, 4000));
            awaitBalance(patient, 4000);
            runCycle(TODAY);
            given().get("/v1/patients/{id}/statements", patient).then().body("size()", equalTo(0));
        } finally {
            scheduler.resume(StatementBatches.JOB);
        }
        awaitStatements(patient, 1);
        runCycle(TODAY);
        JsonPath statements = awaitStatements(patient, 1);
        assertEquals(4000, statements.getInt("[0].amountDueCents"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-dunning-4"))
    void onlyAPracticeAdminSetsThePolicyAndABillerSeesTheDefaults() {
        given().contentType(ContentType.JSON)
                .body("""
                {"dueDays": 21, "cycleDays": 30, "finalNoticeAfterDays": 15, "collectionsAfterDays": 10,
                 "smallBalanceCents": 500, "planGraceDays": 10}""")
                .put("/v1/billing-policy")
                .then()
                .statusCode(403);
        given().get("/v1/billing-policy")
                .then()
                .statusCode(200)
                .body("dueDays", equalTo(30))
                .body("cycleDays", equalTo(30))
                .body("smallBalanceCents", equalTo(0))
                .body("planGraceDays", equalTo(10));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-dunning-4"))
    void aPolicyOutsideItsBoundsIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("""
                {"dueDays": 0, "cycleDays": 30, "finalNoticeAfterDays": 15, "collectionsAfterDays": 10,
                 "smallBalanceCents": 500, "planGraceDays": 10}""")
                .put("/v1/billing-policy")
                .then()
                .statusCode(400)
                .body(containsString("dueDays"));
    }

    private static JsonPath runCycleAndList(LocalDate asOf, String patient) {
        runCycle(asOf);
        return given().get("/v1/patients/{id}/statements", patient)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
