package com.rcm.patientbilling.api;

import static com.rcm.patientbilling.support.Accounts.awaitBalance;
import static com.rcm.patientbilling.support.Accounts.pay;
import static com.rcm.patientbilling.support.PaymentEvents.CONTRACT_PATIENT_RESPONSIBILITY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.events.Topics;
import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.PaymentEvents;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PatientBillingTestResources
class PatientAccountResourceTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPaymentSentTwiceWithOneKeyIsRecordedOnceAndTheBalanceDropsOnce() {
        String patient = chargedPatient();
        String key = "pay-" + UUID.randomUUID();
        String body = """
                {"amountCents": 1000, "method": "CARD", "processorReference": "ch_123", "receivedOn": "2026-11-20"}""";

        String first = pay(patient, key, body)
                .statusCode(201)
                .body("amountCents", equalTo(1000))
                .body("method", equalTo("CARD"))
                .extract()
                .path("id");
        String second = pay(patient, key, body).statusCode(201).extract().path("id");
        assertEquals(first, second);
        pay(patient, key, body.replace("1000", "1500")).statusCode(409).contentType("application/problem+json");

        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("balanceCents", equalTo((int) CONTRACT_PATIENT_RESPONSIBILITY - 1000))
                .body("entries.kind", contains("PATIENT_RESPONSIBILITY", "PATIENT_PAYMENT"))
                .body("entries[1].amountCents", equalTo(-1000))
                .body("entries[1].paymentId", equalTo(first));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theLedgerSumsToTheBalanceAfterTheChargeAndEveryPayment() {
        String patient = chargedPatient();
        pay(patient, "pay-" + UUID.randomUUID(), "{\"amountCents\": 1000, \"method\": \"CASH\"}")
                .statusCode(201);
        pay(patient, "pay-" + UUID.randomUUID(), "{\"amountCents\": 2500, \"method\": \"CHECK\"}")
                .statusCode(201);

        JsonPath account = given().get("/v1/patients/{id}/account", patient)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Long> amounts = account.getList("entries.amountCents", Long.class);
        assertEquals(List.of(CONTRACT_PATIENT_RESPONSIBILITY, -1000L, -2500L), amounts);
        assertEquals(amounts.stream().mapToLong(Long::longValue).sum(), account.getLong("balanceCents"));
        assertEquals(
                CONTRACT_PATIENT_RESPONSIBILITY - 3500,
                account.getLong("balanceCents"),
                "an overpayment leaves a credit balance");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPaymentThatIsNotPositiveOrNamesNoKnownMethodIsRefusedNamingEachField() {
        String patient = chargedPatient();
        pay(patient, "pay-" + UUID.randomUUID(), "{\"amountCents\": 0, \"method\": \"CARD\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amountCents"));
        pay(patient, "pay-" + UUID.randomUUID(), "{\"amountCents\": 100, \"method\": \"BITCOIN\"}")
                .statusCode(400)
                .body("errors.field", hasItem("method"));
        pay(patient, "pay-" + UUID.randomUUID(), "{\"amountCents\": -5, \"receivedOn\": \"2999-01-01\"}")
                .statusCode(400)
                .body("errors.field", hasItems("amountCents", "method", "receivedOn"));
        given().contentType(ContentType.JSON)
                .body("{\"amountCents\": 100, \"method\": \"CASH\"}")
                .post("/v1/patients/{id}/payments", patient)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPatientWithNoAccountIsNotFound() {
        String stranger = PaymentEvents.newPatientId();
        given().get("/v1/patients/{id}/account", stranger)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/v1/patients/{id}/statements", stranger).then().statusCode(404);
        pay(stranger, "pay-" + UUID.randomUUID(), "{\"amountCents\": 100, \"method\": \"CASH\"}")
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesPatientIsNotFound() {
        String patientOfA = PaymentEvents.newPatientId();
        PaymentEvents.Published posted = PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patientOfA));
        // Its statement on Kafka shows practice-a's account exists before practice-b looks for it.
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.statement.issued.v1", posted.encounterId()),
                Duration.ofSeconds(20));

        given().get("/v1/patients/{id}/account", patientOfA).then().statusCode(404);
        given().get("/v1/patients/{id}/statements", patientOfA).then().statusCode(404);
        pay(patientOfA, "pay-" + UUID.randomUUID(), "{\"amountCents\": 100, \"method\": \"CASH\"}")
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "carol-coder", roles = "coder")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aCoderCannotSeeOrTakeMoney() {
        given().get("/v1/patients/{id}/account", "P-77").then().statusCode(403);
        pay("P-77", "pay-" + UUID.randomUUID(), "{\"amountCents\": 100, \"method\": \"CASH\"}")
                .statusCode(403);
    }

    private static String chargedPatient() {
        String patient = PaymentEvents.newPatientId();
        PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));
        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);
        return patient;
    }
}
