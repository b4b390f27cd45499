package com.rcm.clearinghouse.api;

import static org.hamcrest.Matchers.nullValue;

import com.rcm.x12.ack.AcknowledgementReader;
import com.rcm.x12.ack.ClaimAcknowledgement;
import com.rcm.x12.ack.ImplementationError;
import com.rcm.x12.ack.SyntaxAcknowledgement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.clearinghouse.support.Claims837;
import com.rcm.clearinghouse.support.PaymentsReceiverResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PaymentsReceiverResource.class, scope = TestResourceScope.GLOBAL)
class SubmissionResourceTests {

    @Test
    void aClaimIsAdjudicatedByTheContractAndIts835DeliveredWithAToken() {
        String id = given().contentType("application/edi-x12")
                .body(Claims837.contractExample("PA00000042").getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202)
                .body("status", equalTo("ACCEPTED")).body("claims", equalTo(1)).extract().path("submissionId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/submissions/{id}", id).then().body("deliveredAt", notNullValue()));
        String era = given().get("/v1/submissions/{id}", id).then().extract().path("remittance");
        // 80% allowed, 20% of allowed coinsurance: 150 -> paid 96, PR 24, CO-45 30; 35 -> 22.4, 5.6, 7.
        assertTrue(era.contains("BPR*I*118.4*C*ACH"), era);
        assertTrue(era.contains("CLP*PA00000042*1*185*118.4*29.6*12*"), era);
        assertTrue(era.contains("SVC*HC:99213:25*150*96**1~"), era);
        assertTrue(era.contains("CAS*CO*45*30~") && era.contains("CAS*PR*2*24~"), era);
        assertTrue(era.contains("REF*6R*PA00000042-2~"), era);
        assertTrue(era.contains("N1*PE*Austin Family Medicine*XX*1111111112~"), era);

        PaymentsReceiverResource.Delivery delivery = PaymentsReceiverResource.delivered().stream()
                .filter(d -> d.body().contains("CLP*PA00000042*")).findFirst().orElseThrow();
        assertEquals("Bearer test-token", delivery.authorization());
        assertEquals(era, delivery.body());
    }

    @Test
    void anOfficeVisitBilledWithAProcedureButNoModifier25IsDeniedCo4AndTheRestPaid() {
        String era = adjudicated(Claims837.contractExample("PA00000050").replace("HC:99213:25", "HC:99213"));
        assertTrue(era.contains("CLP*PA00000050*1*185*22.4*5.6*12*"), era);
        assertTrue(era.contains("SVC*HC:99213*150*0**1~"), era);
        assertTrue(era.contains("CAS*CO*4*150~"), era);
        assertTrue(era.contains("BPR*I*22.4*C*ACH"), era);
    }

    @Test
    void aClaimForServicesThePlanDoesNotCoverIsDeniedCo96WithItsRemarkCode() {
        String era = adjudicated(Claims837.contractExample("PA00000051").replace("HC:99213:25", "HC:97810")
                .replace("HC:G0008", "HC:97811"));
        assertTrue(era.contains("CLP*PA00000051*4*185*0*0*12*"), era);
        assertTrue(era.contains("CAS*CO*96*150~") && era.contains("CAS*CO*96*35~"), era);
        assertTrue(era.contains("LQ*HE*N130~"), era);
    }

    @Test
    void aVoidIsAcknowledgedButNotPaidAgain() {
        String x12 = Claims837.contractExample("PA00000052").replace(":B:1*Y*A*Y*Y~", ":B:8*Y*A*Y*Y~\nREF*F8*SIM7-1~")
                .replace("SE*31*0001", "SE*32*0001");
        String id = given().contentType("application/edi-x12").body(x12.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202)
                .body("claimsAccepted", equalTo(1)).extract().path("submissionId");
        given().get("/v1/submissions/{id}", id).then().body("remittance", nullValue());
    }

    @Test
    void theMemberPaysTheCopayAndTheDeductibleUntilItIsMet() {
        // M555001: deductible 100.00, copay 25.00. 99213 allowed 120: copay 25, deductible 95, paid 0;
        // G0008 allowed 28: deductible 5, coinsurance 20% of 23 = 4.60, paid 18.40.
        String first = adjudicated(Claims837.contractExample("PA00000060", "M555001", "20261103", "SIMCOMM"));
        assertTrue(first.contains("CLP*PA00000060*1*185*18.4*129.6*12*"), first);
        assertTrue(first.contains("CAS*PR*1*95~") && first.contains("CAS*PR*3*25~"), first);
        assertTrue(first.contains("CAS*PR*1*5~") && first.contains("CAS*PR*2*4.6~"), first);

        // Deductible met: copay 25 and coinsurance on the rest, 19 and 5.60.
        String second = adjudicated(Claims837.contractExample("PA00000061", "M555001", "20261104", "SIMCOMM"));
        assertTrue(second.contains("CLP*PA00000061*1*185*98.4*49.6*12*"), second);
        assertFalse(second.contains("CAS*PR*1*"), "no deductible left: " + second);
    }

    @Test
    void aPayersContractFeeScheduleSetsTheAllowedAmountAndItsInterestIsAProviderAdjustment() {
        // SIMMCARE allows 90.00 for 99213 (coinsurance 18, paid 72) and 80% of 35 for G0008 (paid 22.40),
        // and adds 1.23 interest: BPR02 = 94.40 + 1.23.
        String era = adjudicated(Claims837.contractExample("PA00000062", "M123456", "20261106", "SIMMCARE"));
        assertTrue(era.contains("CLP*PA00000062*1*185*94.4*23.6*12*"), era);
        assertTrue(era.contains("CAS*CO*45*60~") && era.contains("AMT*B6*90~"), era);
        assertTrue(era.contains("BPR*I*95.63*C*ACH"), era);
        assertTrue(era.matches("(?s).*PLB\\*1111111112\\*\\d{4}1231\\*L6:SIM\\d+\\*-1\\.23~.*"), era);
    }

    @Test
    void theSameServicesBilledAgainUnderAnotherClaimNumberAreDeniedAsADuplicate() {
        adjudicated(Claims837.contractExample("PA00000063", "M555002", "20261107", "SIMCOMM"));
        String again = adjudicated(Claims837.contractExample("PA00000064", "M555002", "20261107", "SIMCOMM"));
        assertTrue(again.contains("CLP*PA00000064*4*185*0*0*12*"), again);
        assertTrue(again.contains("CAS*CO*18*150~") && again.contains("CAS*CO*18*35~"), again);
    }

    @Test
    void aClaimSentAgainAfterThePayerDecidedItIsAcknowledgedButNotPaidTwice() {
        String claim = Claims837.contractExample("PA00000071", "M555002", "20261109", "SIMCOMM");
        String first = adjudicated(claim);
        assertTrue(first.contains("CLP*PA00000071*1*"), first);
        // The sender crashed after sending, before it recorded the send, and sends the same claim again.
        String id = given().contentType("application/edi-x12")
                .body(claim.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202)
                .body("status", equalTo("ACCEPTED")).body("claimsAccepted", equalTo(1)).extract().path("submissionId");
        given().get("/v1/submissions/{id}", id).then().body("remittance", nullValue());
    }

    @Test
    void theSameClaimSentSeveralTimesAtOnceIsDecidedOnce() throws Exception {
        // A sender that timed out sends again while the first submission is still being taken.
        String claim = Claims837.contractExample("PA00000072", "M555002", "20261110", "SIMCOMM");
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(senders.submit(() -> given().contentType("application/edi-x12")
                        .body(claim.getBytes(StandardCharsets.US_ASCII)).post("/v1/submissions").then()
                        .statusCode(202).body("claimsAccepted", equalTo(1)).extract().<String>path("submissionId")));
            }
            int remittances = 0;
            for (Future<String> submission : sent) {
                String remittance = given().get("/v1/submissions/{id}", submission.get()).then().statusCode(200)
                        .extract().path("remittance");
                remittances += remittance == null ? 0 : 1;
            }
            assertEquals(1, remittances, "one 835 pays the claim, however often it was sent");
        } finally {
            senders.shutdownNow();
        }
    }

    /** Submits the interchange and answers the 835 the payer delivers for it. */
    private static String adjudicated(String x12) {
        String id = given().contentType("application/edi-x12").body(x12.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202)
                .body("claimsAccepted", equalTo(1)).extract().path("submissionId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/submissions/{id}", id).then().body("deliveredAt", notNullValue()));
        return given().get("/v1/submissions/{id}", id).then().extract().path("remittance");
    }

    @Test
    void anUnknownMemberIsRejectedInThe277caAndNeverAdjudicated() {
        String receipt = given().contentType("application/edi-x12")
                .body(Claims837.contractExample("PA00000044").replace("M123456", "M999999").getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202)
                .body("claims", equalTo(1)).body("claimsAccepted", equalTo(0)).extract().asString();
        String id = io.restassured.path.json.JsonPath.from(receipt).getString("submissionId");
        SyntaxAcknowledgement ack999 = AcknowledgementReader.read999(
                io.restassured.path.json.JsonPath.from(receipt).getString("ack999"));
        assertTrue(ack999.accepted(), "the interchange itself is well formed");
        List<ClaimAcknowledgement> ack277 = AcknowledgementReader.read277ca(
                io.restassured.path.json.JsonPath.from(receipt).getString("ack277ca"));
        assertEquals("PA00000044", ack277.get(0).patientControlNumber());
        assertEquals("A3", ack277.get(0).category());
        assertEquals("33", ack277.get(0).statusCode());
        assertTrue(ack277.get(0).message().contains("M999999"));
        given().get("/v1/submissions/{id}", id).then().body("remittance", nullValue());

        String accepted = given().contentType("application/edi-x12")
                .body(Claims837.contractExample("PA00000045", "M123456", "20261105", "SIMCOMM")
                        .getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202).body("claimsAccepted", equalTo(1))
                .extract().path("ack277ca");
        assertTrue(AcknowledgementReader.read277ca(accepted).get(0).accepted());
    }

    @Test
    void badSyntaxInTheClaimIsRejectedInThe999WithItsSegmentAndElementErrors() {
        String bad = Claims837.contractExample("PA00000046").replace("CLM*PA00000046*185*", "CLM*PA00000046*18X5*");
        String receipt = given().contentType("application/edi-x12").body(bad.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202)
                .body("status", equalTo("REJECTED")).body("claims", equalTo(1)).body("claimsAccepted", equalTo(0))
                .body("ack277ca", nullValue()).extract().asString();
        SyntaxAcknowledgement ack999 = AcknowledgementReader.read999(
                io.restassured.path.json.JsonPath.from(receipt).getString("ack999"));
        assertFalse(ack999.accepted());
        ImplementationError error = ack999.errors().get(0);
        assertEquals("CLM", error.segmentId());
        assertEquals(19, error.segmentPosition(), "CLM is the 19th segment of the transaction set");
        assertEquals(2, error.elementPosition());
        assertEquals("18X5", error.badValue());
        String id = io.restassured.path.json.JsonPath.from(receipt).getString("submissionId");
        given().get("/v1/submissions/{id}", id).then().body("remittance", nullValue());
    }

    @Test
    void aWrongSegmentCountIsRejectedInThe999() {
        String broken = Claims837.contractExample("PA00000043").replace("SE*31*0001", "SE*30*0001");
        String ack = given().contentType("application/edi-x12").body(broken.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202).body("status", equalTo("REJECTED"))
                .extract().path("ack999");
        SyntaxAcknowledgement ack999 = AcknowledgementReader.read999(ack);
        assertFalse(ack999.accepted());
        assertTrue(ack999.errors().stream().anyMatch(e -> e.segmentId().equals("SE")), ack999.errors().toString());
    }

    @Test
    void anInterchangeWithABrokenEnvelopeIsRefusedSayingWhere() {
        String broken = Claims837.contractExample("PA00000047").replace("GE*1*1~", "GE*2*1~");
        given().contentType("application/edi-x12").body(broken.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(400)
                .body("title", equalTo("Rejected interchange")).body("errors[0]", containsString("GE"));
    }

    @Test
    void somethingThatIsNotX12IsRejected() {
        given().contentType("application/edi-x12").body("hello".getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(400);
    }
}
