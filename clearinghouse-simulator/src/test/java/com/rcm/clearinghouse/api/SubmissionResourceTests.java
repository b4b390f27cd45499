package com.rcm.clearinghouse.api;

import static com.rcm.clearinghouse.support.Remittances835.adjustments;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.clearinghouse.support.Claims837;
import com.rcm.clearinghouse.support.PaymentsReceiverResource;
import com.rcm.clearinghouse.support.ProfessionalClaims;
import com.rcm.clearinghouse.support.Remittances835;
import com.rcm.clearinghouse.support.Submissions;
import com.rcm.x12.ack.AcknowledgementReader;
import com.rcm.x12.ack.ClaimAcknowledgement;
import com.rcm.x12.ack.ImplementationError;
import com.rcm.x12.ack.SyntaxAcknowledgement;
import com.rcm.x12.remittance.ClaimPayment;
import com.rcm.x12.remittance.ProviderAdjustment;
import com.rcm.x12.remittance.Remittance;
import com.rcm.x12.remittance.ServicePayment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** 837P in over HTTP, 999/277CA in the receipt, the payer's 835 read back as payments-service reads it. */
@QuarkusTest
@WithTestResource(value = PaymentsReceiverResource.class, scope = TestResourceScope.GLOBAL)
class SubmissionResourceTests {
    private static final LocalDate NOV_12 = LocalDate.of(2026, 11, 12);

    @Test
    void aClaimIsAdjudicatedByTheContractAndIts835DeliveredWithAToken() {
        JsonPath receipt = Submissions.send(Claims837.contractExample("PA00000042"));
        assertEquals("ACCEPTED", receipt.getString("status"));
        assertEquals(1, receipt.getInt("claims"));
        String era = Submissions.delivered(receipt.getString("submissionId")).get(0);

        // 80% allowed, 20% of allowed coinsurance: 150 -> paid 96, PR 24, CO-45 30; 35 -> 22.4, 5.6, 7.
        Remittance remittance = Remittances835.read(era);
        assertEquals(11840, remittance.payment().totalPaymentCents());
        assertEquals("SIMCOMM", remittance.payer().id());
        assertEquals("Austin Family Medicine", remittance.payee().name());
        assertEquals("1111111112", remittance.payee().npi());
        ClaimPayment claim = remittance.claims().get(0);
        assertEquals(
                List.of("PA00000042", ClaimPayment.PRIMARY, 18500L, 11840L, 2960L),
                List.of(
                        claim.patientControlNumber(),
                        claim.statusCode(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        claim.patientResponsibilityCents()));
        assertEquals("M123456", claim.patientMemberId());
        ServicePayment visit = claim.services().get(0);
        assertEquals(
                List.of("99213", List.of("25"), 15000L, 9600L, BigDecimal.ONE),
                List.of(
                        visit.procedureCode(),
                        visit.modifiers(),
                        visit.chargeCents(),
                        visit.paidCents(),
                        visit.units()));
        assertEquals(List.of("CO-45 3000", "PR-2 2400"), adjustments(visit));
        assertEquals(LocalDate.of(2026, 11, 2), visit.serviceDate());
        assertEquals("PA00000042-2", claim.services().get(1).lineControlNumber());
        assertTrue(era.contains("REF*6R*PA00000042-2~"), era);
        assertTrue(era.contains("N1*PE*Austin Family Medicine*XX*1111111112~"), era);

        PaymentsReceiverResource.Delivery delivery = PaymentsReceiverResource.delivered().stream()
                .filter(d -> d.body().contains("CLP*PA00000042*"))
                .findFirst()
                .orElseThrow();
        assertEquals("Bearer test-token", delivery.authorization());
        assertEquals(era, delivery.body());
    }

    @Test
    void anOfficeVisitBilledWithAProcedureButNoModifier25IsDeniedCo4AndTheRestPaid() {
        ClaimPayment claim = Remittances835.onlyClaim(
                Submissions.adjudicated(Claims837.contractExample("PA00000050").replace("HC:99213:25", "HC:99213")));
        assertEquals(
                List.of(ClaimPayment.PRIMARY, 2240L, 560L),
                List.of(claim.statusCode(), claim.paidCents(), claim.patientResponsibilityCents()));
        assertEquals(0, claim.services().get(0).paidCents());
        assertEquals(List.of("CO-4 15000"), adjustments(claim.services().get(0)));
    }

    @Test
    void aClaimForServicesThePlanDoesNotCoverIsDeniedCo96WithItsRemarkCode() {
        ClaimPayment claim = Remittances835.onlyClaim(Submissions.adjudicated(Claims837.contractExample("PA00000051")
                .replace("HC:99213:25", "HC:97810")
                .replace("HC:G0008", "HC:97811")));
        assertEquals(
                List.of(ClaimPayment.DENIED, 18500L, 0L, 0L),
                List.of(
                        claim.statusCode(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        claim.patientResponsibilityCents()));
        assertEquals(List.of("CO-96 15000"), adjustments(claim.services().get(0)));
        assertEquals(List.of("CO-96 3500"), adjustments(claim.services().get(1)));
        assertEquals(List.of("N130"), claim.services().get(0).remarkCodes());
    }

    @Test
    void aVoidIsAcknowledgedButNotPaidAgain() {
        String x12 = Claims837.contractExample("PA00000052")
                .replace(":B:1*Y*A*Y*Y~", ":B:8*Y*A*Y*Y~\nREF*F8*SIM7-1~")
                .replace("SE*31*0001", "SE*32*0001");
        JsonPath receipt = Submissions.send(x12);
        assertEquals(1, receipt.getInt("claimsAccepted"));
        assertEquals(List.of(), Submissions.remittances(receipt.getString("submissionId")));
    }

    @Test
    void theMemberPaysTheCopayAndTheDeductibleUntilItIsMet() {
        // M555001: deductible 100.00, copay 25.00. 99213 allowed 120: copay 25, deductible 95, paid 0;
        // G0008 allowed 28: deductible 5, coinsurance 20% of 23 = 4.60, paid 18.40.
        ClaimPayment first = Remittances835.onlyClaim(
                Submissions.adjudicated(Claims837.contractExample("PA00000060", "M555001", "20261103", "SIMCOMM")));
        assertEquals(List.of(1840L, 12960L), List.of(first.paidCents(), first.patientResponsibilityCents()));
        assertEquals(
                List.of("CO-45 3000", "PR-1 9500", "PR-3 2500"),
                adjustments(first.services().get(0)));
        assertEquals(
                List.of("CO-45 700", "PR-1 500", "PR-2 460"),
                adjustments(first.services().get(1)));

        // Deductible met: copay 25 and coinsurance on the rest, 19 and 5.60.
        ClaimPayment second = Remittances835.onlyClaim(
                Submissions.adjudicated(Claims837.contractExample("PA00000061", "M555001", "20261104", "SIMCOMM")));
        assertEquals(List.of(9840L, 4960L), List.of(second.paidCents(), second.patientResponsibilityCents()));
        assertFalse(
                second.services().stream()
                        .flatMap(line -> adjustments(line).stream())
                        .anyMatch(adjustment -> adjustment.startsWith("PR-1 ")),
                "no deductible left: " + second);
    }

    @Test
    void aPayersContractFeeScheduleSetsTheAllowedAmountAndItsInterestIsAProviderAdjustment() {
        // SIMMCARE allows 90.00 for 99213 (coinsurance 18, paid 72) and 80% of 35 for G0008 (paid 22.40),
        // and adds 1.23 interest: BPR02 = 94.40 + 1.23.
        String era =
                Submissions.adjudicated(Claims837.contractExample("PA00000062", "M123456", "20261106", "SIMMCARE"));
        Remittance remittance = Remittances835.read(era);
        ClaimPayment claim = remittance.claims().get(0);
        assertEquals(
                List.of(ClaimPayment.PRIMARY, 9440L, 2360L),
                List.of(claim.statusCode(), claim.paidCents(), claim.patientResponsibilityCents()));
        assertEquals(
                List.of("CO-45 6000", "PR-2 1800"), adjustments(claim.services().get(0)));
        assertEquals(9563, remittance.payment().totalPaymentCents());
        ProviderAdjustment interest = remittance.providerAdjustments().get(0);
        assertEquals(
                List.of("1111111112", "L6", remittance.traceNumber(), -123L),
                List.of(interest.providerId(), interest.reasonCode(), interest.reference(), interest.amountCents()));
        assertEquals(12, interest.fiscalPeriodDate().getMonthValue());
        assertEquals(31, interest.fiscalPeriodDate().getDayOfMonth());
    }

    @Test
    void claimsForTwoPayersInOneSubmissionAreAnsweredByAnOwn835OfEachPayer() {
        JsonPath receipt = Submissions.send(ProfessionalClaims.interchange(
                81,
                ProfessionalClaims.toPrimary("PA00000081", "SIMCOMM", "M123456", NOV_12),
                ProfessionalClaims.toPrimary("PA00000082", "SIMMCARE", "M123456", NOV_12),
                ProfessionalClaims.toPrimary("PA00000083", "SIMCOMM", "M555002", NOV_12)));
        assertEquals(3, receipt.getInt("claimsAccepted"));

        List<Remittance> answers = Submissions.delivered(receipt.getString("submissionId")).stream()
                .map(Remittances835::read)
                .toList();
        assertEquals(
                List.of("SIMCOMM", "SIMMCARE"),
                answers.stream().map(r -> r.payer().id()).toList());
        assertEquals(
                List.of("PA00000081", "PA00000083"),
                answers.get(0).claims().stream()
                        .map(ClaimPayment::patientControlNumber)
                        .toList());
        assertEquals(
                List.of("PA00000082"),
                answers.get(1).claims().stream()
                        .map(ClaimPayment::patientControlNumber)
                        .toList());
        assertFalse(answers.get(0).traceNumber().equals(answers.get(1).traceNumber()), "a payment has its own trace");
        assertEquals(9440 + 123, answers.get(1).payment().totalPaymentCents(), "SIMMCARE's payment with its interest");
    }

    @Test
    void theSameServicesBilledAgainUnderAnotherClaimNumberAreDeniedAsADuplicate() {
        Submissions.adjudicated(Claims837.contractExample("PA00000063", "M555002", "20261107", "SIMCOMM"));
        ClaimPayment again = Remittances835.onlyClaim(
                Submissions.adjudicated(Claims837.contractExample("PA00000064", "M555002", "20261107", "SIMCOMM")));
        assertEquals(List.of(ClaimPayment.DENIED, 0L), List.of(again.statusCode(), again.paidCents()));
        assertEquals(List.of("CO-18 15000"), adjustments(again.services().get(0)));
        assertEquals(List.of("CO-18 3500"), adjustments(again.services().get(1)));
    }

    @Test
    void aClaimSentAgainAfterThePayerDecidedItIsAcknowledgedButNotPaidTwice() {
        String claim = Claims837.contractExample("PA00000071", "M555002", "20261109", "SIMCOMM");
        assertEquals(
                ClaimPayment.PRIMARY,
                Remittances835.onlyClaim(Submissions.adjudicated(claim)).statusCode());
        // The sender crashed after sending, before it recorded the send, and sends the same claim again.
        JsonPath again = Submissions.send(claim);
        assertEquals("ACCEPTED", again.getString("status"));
        assertEquals(1, again.getInt("claimsAccepted"));
        assertEquals(List.of(), Submissions.remittances(again.getString("submissionId")));
    }

    @Test
    void theSameClaimSentSeveralTimesAtOnceIsDecidedOnce() throws Exception {
        // A sender that timed out sends again while the first submission is still being taken.
        String claim = Claims837.contractExample("PA00000072", "M555002", "20261110", "SIMCOMM");
        assertEquals(
                1, remittancesWhenSentAtOnce(claim, 6).size(), "one 835 pays the claim, however often it was sent");
    }

    /** Sends {@code x837} {@code times} at once and answers the 835s all those submissions are answered with. */
    static List<String> remittancesWhenSentAtOnce(String x837, int times) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(times);
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                sent.add(senders.submit(() -> {
                    JsonPath receipt = Submissions.send(x837);
                    assertEquals(1, receipt.getInt("claimsAccepted"));
                    return receipt.getString("submissionId");
                }));
            }
            List<String> remittances = new ArrayList<>();
            for (Future<String> submission : sent) {
                remittances.addAll(Submissions.remittances(submission.get()));
            }
            return remittances;
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void anUnknownMemberIsRejectedInThe277caAndNeverAdjudicated() {
        JsonPath receipt =
                Submissions.send(Claims837.contractExample("PA00000044").replace("M123456", "M999999"));
        assertEquals(1, receipt.getInt("claims"));
        assertEquals(0, receipt.getInt("claimsAccepted"));
        SyntaxAcknowledgement ack999 = AcknowledgementReader.read999(receipt.getString("ack999"));
        assertTrue(ack999.accepted(), "the interchange itself is well formed");
        List<ClaimAcknowledgement> ack277 = AcknowledgementReader.read277ca(receipt.getString("ack277ca"));
        assertEquals("PA00000044", ack277.get(0).patientControlNumber());
        assertEquals("A3", ack277.get(0).category());
        assertEquals("33", ack277.get(0).statusCode());
        assertTrue(ack277.get(0).message().contains("M999999"));
        assertEquals(List.of(), Submissions.remittances(receipt.getString("submissionId")));

        JsonPath accepted = Submissions.send(Claims837.contractExample("PA00000045", "M123456", "20261105", "SIMCOMM"));
        assertEquals(1, accepted.getInt("claimsAccepted"));
        assertTrue(AcknowledgementReader.read277ca(accepted.getString("ack277ca"))
                .get(0)
                .accepted());
    }

    @Test
    void badSyntaxInTheClaimIsRejectedInThe999WithItsSegmentAndElementErrors() {
        String bad = Claims837.contractExample("PA00000046").replace("CLM*PA00000046*185*", "CLM*PA00000046*18X5*");
        String receipt = given().contentType("application/edi-x12")
                .body(bad.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions")
                .then()
                .statusCode(202)
                .body("status", equalTo("REJECTED"))
                .body("claims", equalTo(1))
                .body("claimsAccepted", equalTo(0))
                .body("ack277ca", nullValue())
                .extract()
                .asString();
        SyntaxAcknowledgement ack999 =
                AcknowledgementReader.read999(JsonPath.from(receipt).getString("ack999"));
        assertFalse(ack999.accepted());
        ImplementationError error = ack999.errors().get(0);
        assertEquals("CLM", error.segmentId());
        assertEquals(19, error.segmentPosition(), "CLM is the 19th segment of the transaction set");
        assertEquals(2, error.elementPosition());
        assertEquals("18X5", error.badValue());
        assertEquals(List.of(), Submissions.remittances(JsonPath.from(receipt).getString("submissionId")));
    }

    @Test
    void aWrongSegmentCountIsRejectedInThe999() {
        String broken = Claims837.contractExample("PA00000043").replace("SE*31*0001", "SE*30*0001");
        String ack = given().contentType("application/edi-x12")
                .body(broken.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions")
                .then()
                .statusCode(202)
                .body("status", equalTo("REJECTED"))
                .extract()
                .path("ack999");
        SyntaxAcknowledgement ack999 = AcknowledgementReader.read999(ack);
        assertFalse(ack999.accepted());
        assertTrue(
                ack999.errors().stream().anyMatch(e -> e.segmentId().equals("SE")),
                ack999.errors().toString());
    }

    @Test
    void anInterchangeWithABrokenEnvelopeIsRefusedSayingWhere() {
        String broken = Claims837.contractExample("PA00000047").replace("GE*1*1~", "GE*2*1~");
        given().contentType("application/edi-x12")
                .body(broken.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions")
                .then()
                .statusCode(400)
                .body("title", equalTo("Rejected interchange"))
                .body("errors[0]", containsString("GE"));
    }

    @Test
    void somethingThatIsNotX12IsRejected() {
        given().contentType("application/edi-x12")
                .body("hello".getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions")
                .then()
                .statusCode(400);
    }
}
