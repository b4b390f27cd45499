package com.rcm.patientbilling.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.Accounts;
import com.rcm.patientbilling.support.PaymentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reversals from payments, adjustments a practice grants, and A/R aging, through the API. */
@QuarkusTest
@PatientBillingTestResources
class LedgerAdjustmentTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPayersReversalTakesThePatientResponsibilityOffWithAReversingEntry() {
        String patient = "P-REV-" + UUID.randomUUID();
        var paid = PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));
        Accounts.awaitBalance(patient, 2960);
        PaymentEvents.publishBehind(paid, PaymentEvents.reversalOf(paid.payload()));
        Accounts.awaitBalance(patient, 0);

        JsonPath account = given().get("/v1/patients/{id}/account", patient)
                .then()
                .extract()
                .jsonPath();
        List<Integer> amounts = account.getList("entries.amountCents");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(2960, -2960), amounts, "charge, then its reversal");
        org.junit.jupiter.api.Assertions.assertEquals("INSURANCE_REVERSAL", account.getString("entries[1].kind"));
        org.junit.jupiter.api.Assertions.assertEquals(
                account.getInt("balanceCents"),
                amounts.stream().mapToInt(Integer::intValue).sum(),
                "the ledger sums to the balance");
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anAdjustmentRecordsTheCallerAsApproverAndCannotTakeTheBalanceBelowZero() {
        String patient = "P-HARD-" + UUID.randomUUID();
        PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));
        Accounts.awaitBalance(patient, 2960);

        given().contentType(ContentType.JSON)
                .body("""
                {"kind": "HARDSHIP", "amountCents": 2000, "reason": "Income below the practice's threshold"}""")
                .post("/v1/patients/{id}/adjustments", patient)
                .then()
                .statusCode(201)
                .body("balanceCents", equalTo(960))
                .body("entries[0].kind", equalTo("HARDSHIP"))
                .body("entries[0].approvedBy", equalTo("carol-admin"));
        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("entries.find { it.kind == 'HARDSHIP' }.approvedBy", equalTo("carol-admin"));
        given().contentType(ContentType.JSON)
                .body("""
                {"kind": "SMALL_BALANCE", "amountCents": 961, "reason": "write off"}""")
                .post("/v1/patients/{id}/adjustments", patient)
                .then()
                .statusCode(422);
        given().contentType(ContentType.JSON)
                .body("""
                {"kind": "PATIENT_PAYMENT", "amountCents": 10, "reason": "not an adjustment"}""")
                .post("/v1/patients/{id}/adjustments", patient)
                .then()
                .statusCode(400);
        // Naming oneself is allowed.
        given().contentType(ContentType.JSON)
                .body("""
                {"kind": "SMALL_BALANCE", "amountCents": 960, "reason": "under the statement minimum",
                 "approvedBy": "carol-admin"}""")
                .post("/v1/patients/{id}/adjustments", patient)
                .then()
                .statusCode(201)
                .body("balanceCents", equalTo(0))
                .body("entries[0].approvedBy", equalTo("carol-admin"));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anAdjustmentWhoseBodyNamesAnotherApproverIsRefusedAndNothingIsPosted() {
        String patient = "P-OTHER-APPROVER-" + UUID.randomUUID();
        PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));
        Accounts.awaitBalance(patient, 2960);

        given().contentType(ContentType.JSON)
                .body("""
                {"kind": "HARDSHIP", "amountCents": 2000, "reason": "hardship", "approvedBy": "dana-admin"}""")
                .post("/v1/patients/{id}/adjustments", patient)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("approvedBy names dana-admin"));
        given().get("/v1/patients/{id}/account", patient)
                .then()
                .statusCode(200)
                .body("balanceCents", equalTo(2960))
                .body("entries.kind", not(hasItem("HARDSHIP")));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aBillerMayNotApproveAnAdjustment() {
        String patient = "P-BILLER-ADJ-" + UUID.randomUUID();
        PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));
        Accounts.awaitBalance(patient, 2960);

        given().contentType(ContentType.JSON)
                .body("""
                {"kind": "HARDSHIP", "amountCents": 2000, "reason": "hardship"}""")
                .post("/v1/patients/{id}/adjustments", patient)
                .then()
                .statusCode(403);
        given().get("/v1/patients/{id}/account", patient).then().body("balanceCents", equalTo(2960));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void whatPatientsOweIsAgedFromWhenItWasCharged() {
        int before = given().queryParam("asOf", LocalDate.now().plusDays(45).toString())
                .get("/v1/ar-aging")
                .then()
                .statusCode(200)
                .extract()
                .path("buckets.'31-60'");
        String patient = "P-AGE-" + UUID.randomUUID();
        PaymentEvents.publish("practice-b", PaymentEvents.contractExample(patient));
        Accounts.awaitBalance(patient, 2960);
        Accounts.pay(patient, "key-" + UUID.randomUUID(), """
                {"amountCents": 960, "method": "CARD", "processorReference": "ch_1"}""").statusCode(201);

        given().queryParam("asOf", LocalDate.now().plusDays(45).toString())
                .get("/v1/ar-aging")
                .then()
                .statusCode(200)
                .body("buckets.'31-60'", equalTo(before + 2000));
        given().queryParam("asOf", LocalDate.now().plusDays(200).toString())
                .get("/v1/ar-aging")
                .then()
                .body("buckets.'31-60'", equalTo(0));
    }
}
