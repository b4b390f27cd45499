package com.rcm.ops.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.rcm.events.Topics;
import com.rcm.ops.OpsTestResources;
import com.rcm.ops.support.PipelineEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Insurance and patient A/R aging, and clearinghouse rejections, as the services' events tell them. */
@QuarkusTest
@OpsTestResources
class ReceivablesAndRejectionsTests {
    /** Patient A/R is summed per practice, so these tests use a practice of their own. */
    private static final String AR = "practice-ar";

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void claimsInAPayersHandsAgeFromSubmissionUntilThePayerDecidesThem() {
        String payer = "SIMAR" + suffix();
        String old = claim(payer, 45, 20000);
        claim(payer, 3, 15000);
        String decided = claim(payer, 100, 9900);
        adjudicated(decided, 1);
        String rejected = claim(payer, 2, 5000);
        rejected(rejected, "AAA*N**79", 1);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/receivables/aging")
                        .then()
                        .statusCode(200)
                        .body(insurance(payer, "31-60") + ".cents", equalTo(20000))
                        .body(insurance(payer, "0-30") + ".cents", equalTo(15000))
                        .body(insurance(payer, "0-30") + ".items", equalTo(1))
                        .body(
                                "insurance.findAll { it.payerId == '%s' }.bucket".formatted(payer),
                                not(hasItem("91-120"))));

        // The corrected claim sent again is in the payer's hands again.
        send("billing.claim.submitted.v1", rejected, 0, submittedBody(rejected, payer, 5000));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/receivables/aging")
                        .then()
                        .body(insurance(payer, "0-30") + ".cents", equalTo(20000)));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = AR))
    void patientsOweTheirShareFromThePostingAndPaymentsTakeTheOldestFirst() {
        String patient = "P-AR-" + suffix();
        String older = UUID.randomUUID().toString();
        String newer = UUID.randomUUID().toString();
        posted(older, patient, 70, 4000);
        posted(newer, patient, 10, 2500);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/receivables/aging")
                        .then()
                        .statusCode(200)
                        .body(patientBucket("61-90") + ".cents", equalTo(4000))
                        .body(patientBucket("0-30") + ".cents", equalTo(2500)));

        // 5000 pays the 40.00 from 70 days ago and 10.00 of the newer 25.00.
        PipelineEvents.Sent payment =
                send(Topics.PATIENT_BILLING_EVENTS, "billing.patient-payment.received.v1", AR, older, 0, """
                        {"paymentId":"PAY-%s","patientId":"%s","guarantorId":"G-AR","amountCents":5000,"method":"CARD",
                         "receivedOn":"2026-11-20","appliedCents":5000,"creditCents":0}""".formatted(
                                suffix(), patient));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/receivables/aging")
                        .then()
                        .body(patientBucket("0-30") + ".cents", equalTo(1500))
                        .body("patient.bucket", not(hasItem("61-90"))));
        // The same payment delivered again takes nothing more.
        PipelineEvents.deliver(payment);
        send(Topics.PATIENT_BILLING_EVENTS, "billing.balance.settled.v1", AR, newer, 0, """
                {"encounterId":"%s","patientId":"%s","settledOn":"2026-11-21"}""".formatted(newer, patient));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/receivables/aging").then().body("patient", empty()));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void rejectionsAreListedWithTheirReasonsToTheirOwnPracticeOnly() {
        String ownClaim = "C-REJ-B-" + suffix();
        String otherClaim = "C-REJ-A-" + suffix();
        PipelineEvents.Sent own = send(
                Topics.CLAIMS_EVENTS,
                "billing.claim.rejected.v1",
                "practice-b",
                UUID.randomUUID().toString(),
                0,
                rejectedBody(ownClaim, "277CA A7:562 entity's NPI invalid"));
        send(
                Topics.CLAIMS_EVENTS,
                "billing.claim.rejected.v1",
                "practice-a",
                UUID.randomUUID().toString(),
                0,
                rejectedBody(otherClaim, "999 IK5*R"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        given().get("/v1/rejections").then().statusCode(200).body("claimId", hasItem(ownClaim)));
        PipelineEvents.deliver(own);
        given().get("/v1/rejections")
                .then()
                .body("findAll { it.claimId == '%s' }.size()".formatted(ownClaim), equalTo(1))
                .body(
                        "find { it.claimId == '%s' }.reasons".formatted(ownClaim),
                        equalTo("277CA A7:562 entity's NPI invalid"))
                .body("claimId", not(hasItem(otherClaim)))
                .body("tenantId", not(hasItem("practice-a")));
        given().get("/v1/rejections?days=0").then().statusCode(400);
    }

    private static String insurance(String payer, String bucket) {
        return "insurance.find { it.payerId == '%s' && it.bucket == '%s' }".formatted(payer, bucket);
    }

    private static String patientBucket(String bucket) {
        return "patient.find { it.tenantId == '%s' && it.bucket == '%s' }".formatted(AR, bucket);
    }

    private static String claim(String payer, int daysAgo, long charge) {
        String claimId = "C-AR-" + suffix();
        send("billing.claim.submitted.v1", claimId, daysAgo, submittedBody(claimId, payer, charge));
        return claimId;
    }

    private static String submittedBody(String claimId, String payer, long charge) {
        return """
                {"claimId":"%s","encounterId":"%s","patientControlNumber":"PA1","payerId":"%s",
                 "patient":{"externalId":"P-1","firstName":"Jane","lastName":"Doe","dateOfBirth":"1980-04-01","sex":"F"},
                 "dateOfService":"2026-11-02","totalChargeCents":%d,
                 "lines":[{"lineNumber":1,"code":"99213","units":1,"diagnosisPointers":[1],"chargeCents":%d}]}""".formatted(claimId, claimId, payer, charge, charge);
    }

    private static void adjudicated(String claimId, int daysAgo) {
        send(Topics.PAYMENTS_EVENTS, "billing.claim.adjudicated.v1", "practice-a", claimId, daysAgo, """
                {"claimId":"%s","encounterId":"%s","remittanceId":"R1","patientControlNumber":"PA1","outcome":"PAID",
                 "chargeCents":9900,"paidCents":9900,"patientResponsibilityCents":0}""".formatted(
                        claimId, claimId));
    }

    private static void rejected(String claimId, String reason, int daysAgo) {
        send(
                Topics.CLAIMS_EVENTS,
                "billing.claim.rejected.v1",
                "practice-a",
                claimId,
                daysAgo,
                rejectedBody(claimId, reason));
    }

    private static String rejectedBody(String claimId, String reason) {
        return """
                {"claimId":"%s","encounterId":"%s","patientControlNumber":"PA1","acknowledgement":"277CA",
                 "reasons":["%s"]}""".formatted(claimId, claimId, reason);
    }

    private static void posted(String encounter, String patient, int daysAgo, long owed) {
        send(Topics.PAYMENTS_EVENTS, "billing.payment.posted.v1", AR, encounter, daysAgo, """
                {"claimId":"C-%s","encounterId":"%s","remittanceId":"R1",
                 "patient":{"externalId":"%s","firstName":"Jane","lastName":"Doe","dateOfBirth":"1980-04-01","sex":"F"},
                 "chargeCents":15000,"paidCents":%d,"adjustments":[{"groupCode":"PR","carc":"2","amountCents":%d}],
                 "patientResponsibility":{"deductibleCents":0,"coinsuranceCents":%d,"copayCents":0,"otherCents":0}}""".formatted(
                        encounter, encounter, patient, 15000 - owed, owed, owed));
    }

    private static void send(String type, String claimId, int daysAgo, String body) {
        send(Topics.CLAIMS_EVENTS, type, "practice-a", claimId, daysAgo, body);
    }

    private static PipelineEvents.Sent send(
            String topic, String type, String tenant, String encounter, int daysAgo, String body) {
        return PipelineEvents.send(
                topic,
                type,
                tenant,
                encounter,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).toString(),
                body);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
