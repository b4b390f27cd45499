package com.rcm.patientbilling.api;

import static com.rcm.patientbilling.support.Accounts.assertLedgerSumsTo;
import static com.rcm.patientbilling.support.Accounts.awaitBalance;
import static com.rcm.patientbilling.support.Accounts.awaitStatements;
import static com.rcm.patientbilling.support.Accounts.runCycle;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.PaymentPlanCreated;
import com.rcm.events.payload.PaymentPlanDefaulted;
import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.Accounts;
import com.rcm.patientbilling.support.PaymentEvents;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Payment plans as documented: installments applied as payments arrive, a missed installment recorded
 * and forgiven within the grace days, a default past them ending the plan and resuming statements.
 * Each test has a practice of its own, because a cycle run covers every guarantor of its practice.
 */
@QuarkusTest
@PatientBillingTestResources
class PaymentPlanTests {
    private static final LocalDate TODAY = LocalDate.now();

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-plans-1"))
    void aMissedInstallmentHasItsGraceDaysThenThePlanDefaultsAndStatementsResume() {
        Accounts.setPolicy(30, 15, 10, 0, 10);
        String patient = "P-PLAN-" + UUID.randomUUID();
        PaymentEvents.publish("practice-plans-1", PaymentEvents.owing(patient, 4000));
        awaitStatements(patient, 1);

        LocalDate firstDue = TODAY.plusDays(10);
        String plan = createPlan(patient, 1500, firstDue)
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("totalCents", equalTo(4000))
                .body("graceDays", equalTo(10))
                .body("installments.amountCents", contains(1500, 1500, 1000))
                .body(
                        "installments.dueOn",
                        contains(
                                firstDue.toString(),
                                firstDue.plusMonths(1).toString(),
                                firstDue.plusMonths(2).toString()))
                .body("installments.state", contains("DUE", "DUE", "DUE"))
                .extract()
                .path("id");
        PaymentPlanCreated created = EventJson.read(
                EventTap.await(Topics.PATIENT_BILLING_EVENTS, r -> r.value().contains(plan), Duration.ofSeconds(20))
                        .value(),
                PaymentPlanCreated.class);
        assertEquals(3, created.installments());
        assertEquals(patient, created.guarantorId());
        createPlan(patient, 1000, firstDue).statusCode(409);

        Accounts.pay(patient, 1500);
        plan(plan)
                .body("paidCents", equalTo(1500))
                .body("installments.state", contains("PAID", "DUE", "DUE"))
                .body("history.kind", contains("CREATED", "INSTALLMENT_PAID"));

        // New charges while the plan runs still get a statement, which states the plan.
        PaymentEvents.publish("practice-plans-1", PaymentEvents.owing(patient, 1000));
        awaitBalance(patient, 3500);
        String withPlan = awaitStatements(patient, 2).getString("[1].id");
        given().get("/v1/statements/{id}", withPlan)
                .then()
                .body(containsString("Payment plan: $15.00 of $40.00 paid; next installment (2): $15.00 due "
                        + firstDue.plusMonths(1)));

        LocalDate secondDue = firstDue.plusMonths(1);
        runCycle(secondDue.plusDays(1));
        plan(plan)
                .body("status", equalTo("ACTIVE"))
                .body("history.kind", contains("CREATED", "INSTALLMENT_PAID", "INSTALLMENT_MISSED"))
                .body("history[2].installment", equalTo(2))
                .body("history[2].amountCents", equalTo(1500));
        // No reminder while on a plan, though the statement is over 30 days old.
        awaitStatements(patient, 2);
        runCycle(secondDue.plusDays(10));
        plan(plan).body("status", equalTo("ACTIVE"));

        runCycle(secondDue.plusDays(11));
        plan(plan)
                .body("status", equalTo("DEFAULTED"))
                .body("endedOn", equalTo(secondDue.plusDays(11).toString()))
                .body("history.kind", contains("CREATED", "INSTALLMENT_PAID", "INSTALLMENT_MISSED", "DEFAULTED"));
        PaymentPlanDefaulted defaulted = EventJson.read(
                EventTap.await(
                                Topics.PATIENT_BILLING_EVENTS,
                                r -> r.value().contains(plan) && r.value().contains("missedInstallment"),
                                Duration.ofSeconds(20))
                        .value(),
                PaymentPlanDefaulted.class);
        assertEquals(2, defaulted.missedInstallment());
        assertEquals(1500, defaulted.unpaidCents());
        assertEquals(3500, defaulted.balanceCents());

        JsonPath statements = awaitStatements(patient, 3);
        assertEquals("STATEMENT", statements.getString("[2].notice"));
        assertEquals(secondDue.plusDays(11).toString(), statements.getString("[2].issuedOn"));
        assertEquals(3500, statements.getInt("[2].amountDueCents"));
        given().get("/v1/guarantors/{id}", patient).then().body("activePlanId", equalTo(null));

        runCycle(secondDue.plusDays(41));
        assertEquals("REMINDER", awaitStatements(patient, 4).getString("[3].notice"));
        assertLedgerSumsTo(patient, 3500);
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-plans-2"))
    void aPlanPaidInFullIsCompleted() {
        String patient = "P-PLAN-" + UUID.randomUUID();
        PaymentEvents.publish("practice-plans-2", PaymentEvents.owing(patient, 4000));
        awaitBalance(patient, 4000);
        String plan = createPlan(patient, 2000, TODAY.plusDays(7))
                .statusCode(201)
                .extract()
                .path("id");

        Accounts.pay(patient, 2500);
        plan(plan).body("status", equalTo("ACTIVE")).body("installments.state", contains("PAID", "DUE"));
        Accounts.pay(patient, 1500);
        plan(plan)
                .body("status", equalTo("COMPLETED"))
                .body("endedOn", equalTo(TODAY.toString()))
                .body("history.kind", contains("CREATED", "INSTALLMENT_PAID", "INSTALLMENT_PAID", "COMPLETED"));
        assertLedgerSumsTo(patient, 0);
        // A new plan may follow a finished one.
        PaymentEvents.publish("practice-plans-2", PaymentEvents.owing(patient, 1000));
        awaitBalance(patient, 1000);
        createPlan(patient, 500, TODAY.plusDays(7)).statusCode(201);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-plans-3"))
    void aPlanThatCannotWorkIsRefusedWithTheReason() {
        String patient = "P-PLAN-" + UUID.randomUUID();
        PaymentEvents.publish("practice-plans-3", PaymentEvents.owing(patient, 4000));
        awaitBalance(patient, 4000);
        LocalDate next = TODAY.plusDays(7);

        planRequest(
                        patient,
                        "{\"totalCents\": 5000, \"installmentCents\": 1000, \"frequency\": \"MONTHLY\", "
                                + "\"firstDueOn\": \"" + next + "\"}")
                .statusCode(422)
                .body(containsString("at most the balance"));
        planRequest(
                        patient,
                        "{\"installmentCents\": 1000, \"frequency\": \"MONTHLY\", \"firstDueOn\": \""
                                + TODAY.minusDays(1) + "\"}")
                .statusCode(422)
                .body(containsString("in the past"));
        planRequest(patient, "{\"installmentCents\": 50, \"frequency\": \"WEEKLY\", \"firstDueOn\": \"" + next + "\"}")
                .statusCode(422)
                .body(containsString("at most 60"));
        planRequest(patient, "{\"installmentCents\": 1000, \"firstDueOn\": \"" + next + "\"}")
                .statusCode(400)
                .body(containsString("frequency"));
        planRequest(
                        "P-NOBODY-" + UUID.randomUUID(),
                        "{\"installmentCents\": 1000, \"frequency\": \"MONTHLY\", " + "\"firstDueOn\": \"" + next
                                + "\"}")
                .statusCode(404);
        planRequest(
                        patient,
                        "{\"installmentCents\": 1000, \"frequency\": \"BIWEEKLY\", \"firstDueOn\": \"" + next + "\"}")
                .statusCode(201)
                .body(
                        "installments.dueOn",
                        contains(
                                next.toString(),
                                next.plusWeeks(2).toString(),
                                next.plusWeeks(4).toString(),
                                next.plusWeeks(6).toString()));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesPlanIsNotFound() {
        given().get("/v1/payment-plans/{id}", UUID.randomUUID().toString())
                .then()
                .statusCode(404);
    }

    private static ValidatableResponse createPlan(String guarantor, long installmentCents, LocalDate firstDue) {
        return planRequest(
                guarantor,
                "{\"installmentCents\": " + installmentCents + ", \"frequency\": \"MONTHLY\", " + "\"firstDueOn\": \""
                        + firstDue + "\"}");
    }

    private static ValidatableResponse planRequest(String guarantor, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/v1/guarantors/{id}/payment-plans", guarantor)
                .then();
    }

    private static ValidatableResponse plan(String id) {
        return given().get("/v1/payment-plans/{id}", id).then().statusCode(200);
    }
}
