package com.rcm.patientbilling.api;

import static com.rcm.patientbilling.support.Accounts.assertLedgerSumsTo;
import static com.rcm.patientbilling.support.Accounts.awaitBalance;
import static com.rcm.patientbilling.support.Accounts.awaitStatements;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.PatientPaymentReceived;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A family billed to one guarantor: one statement, payments settling the oldest charges first, credits and refunds. */
@QuarkusTest
@PatientBillingTestResources
class GuarantorPaymentTests {
    private static final String TENANT = "practice-a";

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void oneStatementGoesToTheGuarantorForEveryPatientTheyAnswerFor() {
        String parent = "P-PARENT-" + UUID.randomUUID();
        String child = "P-CHILD-" + UUID.randomUUID();
        PaymentEvents.Published parentVisit =
                PaymentEvents.publish(TENANT, PaymentEvents.owing(PaymentEvents.patient(parent, "John", "Doe"), 4000));
        PaymentEvents.Published childVisit =
                PaymentEvents.publish(TENANT, PaymentEvents.owing(PaymentEvents.patient(child, "Amy", "Doe"), 1500));
        awaitBalance(parent, 4000);
        awaitBalance(child, 1500);
        awaitStatements(child, 1);

        given().contentType(ContentType.JSON)
                .body("""
                {"guarantorId": "%s", "firstName": "John", "lastName": "Doe",
                 "address": {"line1": "9 Elm St", "city": "Austin", "state": "TX", "postalCode": "78702"}}""".formatted(parent))
                .put("/v1/patients/{id}/guarantor", child)
                .then()
                .statusCode(200)
                .body("balanceCents", equalTo(1500));

        // The child's open balance now goes to the parent, on one statement with the parent's own visit.
        JsonPath statements = awaitStatements(child, 2);
        String familyStatement = statements.getString("[1].id");
        assertEquals(parent, statements.getString("[1].guarantorId"));
        assertEquals(5500, statements.getInt("[1].amountDueCents"));
        assertEquals(
                List.of(parentVisit.encounterId(), childVisit.encounterId()), statements.getList("[1].encounterIds"));
        given().get("/v1/statements/{id}", familyStatement)
                .then()
                .statusCode(200)
                .body(containsString("John Doe<br>9 Elm St"))
                .body(containsString("<td>John Doe</td><td>2026-11-03</td><td>99212</td>"))
                .body(containsString("<td>Amy Doe</td><td>2026-11-03</td><td>99212</td>"))
                .body(containsString("Amount due: $55.00"));
        given().get("/v1/guarantors/{id}", parent)
                .then()
                .statusCode(200)
                .body("balanceCents", equalTo(5500))
                .body("accounts.patientId", containsInAnyOrder(parent, child))
                .body("lastNotice", equalTo("STATEMENT"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aPaymentSettlesTheOldestChargesFirstAcrossTheFamilyAndTheRestBecomesACreditToRefund() {
        String parent = "P-PARENT-" + UUID.randomUUID();
        String child = "P-CHILD-" + UUID.randomUUID();
        PaymentEvents.Published childVisit =
                PaymentEvents.publish(TENANT, PaymentEvents.owing(PaymentEvents.patient(child, "Amy", "Doe"), 1500));
        awaitBalance(child, 1500);
        assignGuarantor(child, parent);
        PaymentEvents.Published parentVisit =
                PaymentEvents.publish(TENANT, PaymentEvents.owing(PaymentEvents.patient(parent, "John", "Doe"), 4000));
        awaitBalance(parent, 4000);
        assignGuarantor(parent, parent);

        // 20.00 from the parent: the child's older 15.00 first, then 5.00 of the parent's own visit.
        Accounts.pay(parent, 2000);
        assertLedgerSumsTo(child, 0);
        assertLedgerSumsTo(parent, 3500);
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.balance.settled.v1", childVisit.encounterId()),
                Duration.ofSeconds(20));

        // 50.00 more: 35.00 settles the parent's visit, 15.00 stays as a credit with a refund request.
        String overpayment = Accounts.pay(parent, 5000);
        assertLedgerSumsTo(parent, -1500);
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.balance.settled.v1", parentVisit.encounterId()),
                Duration.ofSeconds(20));
        PatientPaymentReceived received = EventJson.read(
                EventTap.await(
                                Topics.PATIENT_BILLING_EVENTS,
                                r -> r.value().contains(overpayment),
                                Duration.ofSeconds(20))
                        .value(),
                PatientPaymentReceived.class);
        assertEquals(3500, received.appliedCents());
        assertEquals(1500, received.creditCents());
        assertEquals(parent, received.guarantorId());

        String refund = given().get("/v1/refunds")
                .then()
                .statusCode(200)
                .body("findAll { it.paymentId == '%s' }.amountCents".formatted(overpayment), contains(1500))
                .extract()
                .path("find { it.paymentId == '%s' }.id".formatted(overpayment));
        // The issuer is the signed-in user; the body need not name anyone.
        given().contentType(ContentType.JSON)
                .body("{\"reference\": \"check 1042\"}")
                .post("/v1/refunds/{id}/issue", refund)
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("issuedReference", equalTo("check 1042"))
                .body("issuedBy", equalTo("alice-biller"));
        given().get("/v1/refunds?status=ISSUED")
                .then()
                .body("find { it.id == '%s' }.issuedBy".formatted(refund), equalTo("alice-biller"));
        assertLedgerSumsTo(parent, 0);
        given().get("/v1/patients/{id}/account", parent).then().body("entries.kind", hasItem("REFUND"));
        given().contentType(ContentType.JSON)
                .body("{\"reference\": \"check 1043\", \"issuedBy\": \"alice-biller\"}")
                .post("/v1/refunds/{id}/issue", refund)
                .then()
                .statusCode(409);
        given().get("/v1/refunds?status=ISSUED").then().body("id", hasItem(refund));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aGuarantorNamedWhilePaymentsArePostedAnswersEveryRequestAndLosesNoCent() throws Exception {
        String parent = "P-PARENT-" + UUID.randomUUID();
        String child = "P-CHILD-" + UUID.randomUUID();
        PaymentEvents.publish(TENANT, PaymentEvents.owing(PaymentEvents.patient(child, "Amy", "Doe"), 5000));
        PaymentEvents.publish(TENANT, PaymentEvents.owing(PaymentEvents.patient(parent, "John", "Doe"), 5000));
        awaitBalance(child, 5000);
        awaitBalance(parent, 5000);
        assignGuarantor(child, parent);

        // Payments lock the guarantor, then the family's accounts; naming a guarantor (under a new
        // spelling each time, so the guarantor row is written) must not take them the other way round.
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String spelling = "John" + i;
                calls.add(() -> given().contentType(ContentType.JSON)
                        .header("Idempotency-Key", "pay-" + UUID.randomUUID())
                        .body("{\"amountCents\": 100, \"method\": \"CARD\"}")
                        .post("/v1/patients/{id}/payments", parent)
                        .statusCode());
                calls.add(() -> given().contentType(ContentType.JSON)
                        .body("""
                        {"guarantorId": "%s", "firstName": "%s", "lastName": "Doe"}""".formatted(parent, spelling))
                        .put("/v1/patients/{id}/guarantor", parent)
                        .statusCode());
                calls.add(() -> given().contentType(ContentType.JSON)
                        .body("""
                        {"guarantorId": "%s", "firstName": "%s", "lastName": "Doe"}""".formatted(parent, spelling))
                        .put("/v1/patients/{id}/guarantor", child)
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answered : callers.invokeAll(calls)) {
                statuses.add(answered.get());
            }
            assertEquals(List.of(), statuses.stream().filter(s -> s >= 300).toList(), "every request answered");
        } finally {
            callers.shutdownNow();
        }
        // 12 payments of 1.00 settle the child's older charge first.
        assertLedgerSumsTo(child, 5000 - 1200);
        assertLedgerSumsTo(parent, 5000);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aRefundIsRefusedWhenANewerChargeUsedTheCredit() {
        String patient = "P-CREDIT-" + UUID.randomUUID();
        PaymentEvents.publish(TENANT, PaymentEvents.owing(patient, 1000));
        awaitBalance(patient, 1000);
        String payment = Accounts.pay(patient, 3000);
        assertLedgerSumsTo(patient, -2000);
        PaymentEvents.publish(TENANT, PaymentEvents.owing(patient, 2500));
        awaitBalance(patient, 500);

        String refund =
                given().get("/v1/refunds").then().extract().path("find { it.paymentId == '%s' }.id".formatted(payment));
        given().contentType(ContentType.JSON)
                .body("{\"reference\": \"check 77\"}")
                .post("/v1/refunds/{id}/issue", refund)
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        assertLedgerSumsTo(patient, 500);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void aRefundWhoseBodyNamesAnotherIssuerIsRefusedAndNothingIsPaidBack() {
        String patient = "P-ISSUER-" + UUID.randomUUID();
        PaymentEvents.publish(TENANT, PaymentEvents.owing(patient, 1000));
        awaitBalance(patient, 1000);
        String payment = Accounts.pay(patient, 2500);
        assertLedgerSumsTo(patient, -1500);
        String refund =
                given().get("/v1/refunds").then().extract().path("find { it.paymentId == '%s' }.id".formatted(payment));

        given().contentType(ContentType.JSON)
                .body("{\"reference\": \"check 88\", \"issuedBy\": \"carol-admin\"}")
                .post("/v1/refunds/{id}/issue", refund)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("issuedBy names carol-admin"));
        assertLedgerSumsTo(patient, -1500);
        given().get("/v1/refunds").then().body("find { it.id == '%s' }.status".formatted(refund), equalTo("REQUESTED"));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesGuarantorsAndRefundsAreNotFound() {
        String patient = "P-A-ONLY-" + UUID.randomUUID();
        PaymentEvents.publish(TENANT, PaymentEvents.owing(patient, 1000));
        given().get("/v1/guarantors/{id}", patient).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"reference\": \"x\", \"issuedBy\": \"bob\"}")
                .post("/v1/refunds/{id}/issue", UUID.randomUUID().toString())
                .then()
                .statusCode(404);
    }

    private static void assignGuarantor(String patient, String guarantor) {
        given().contentType(ContentType.JSON)
                .body("""
                {"guarantorId": "%s", "firstName": "John", "lastName": "Doe"}""".formatted(guarantor))
                .put("/v1/patients/{id}/guarantor", patient)
                .then()
                .statusCode(200);
    }
}
