package com.rcm.clearinghouse.api;

import static com.rcm.clearinghouse.support.Remittances835.adjustments;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.clearinghouse.support.ClaimStatuses;
import com.rcm.clearinghouse.support.PaymentsReceiverResource;
import com.rcm.clearinghouse.support.ProfessionalClaims;
import com.rcm.clearinghouse.support.ProfessionalClaims.PriorDecision;
import com.rcm.clearinghouse.support.ProfessionalClaims.PriorLine;
import com.rcm.clearinghouse.support.Remittances835;
import com.rcm.clearinghouse.support.Submissions;
import com.rcm.x12.ack.AcknowledgementReader;
import com.rcm.x12.ack.ClaimAcknowledgement;
import com.rcm.x12.remittance.Adjustment;
import com.rcm.x12.remittance.ClaimPayment;
import com.rcm.x12.remittance.Remittance;
import com.rcm.x12.remittance.ServicePayment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SIMSUPP, the supplemental payer (test profile: covers 50% of what the payers before it left to the
 * patient; members M123456 and M555006): secondary claims sent to it, and crossovers from SIMMCARE for
 * M555006. Each 835 is read back as payments-service reads it and must balance.
 */
@QuarkusTest
@WithTestResource(value = PaymentsReceiverResource.class, scope = TestResourceScope.GLOBAL)
class SupplementalPayerTests {

    @Test
    void aSecondaryClaimIsPaidHalfOfWhatThePrimaryLeftToThePatientAndThePatientKeepsTheRest() {
        // SIMCOMM left 30.00 to the patient on the visit and 5.61 on the vaccine.
        String x835 = Submissions.adjudicated(ProfessionalClaims.interchange(
                101,
                ProfessionalClaims.toSecondary(
                        "PA00000101",
                        "SIMSUPP",
                        "M123456",
                        LocalDate.of(2026, 12, 1),
                        "SIMCOMM",
                        new PriorLine(9600, List.of(Adjustment.of("CO", "45", 2400), Adjustment.of("PR", "2", 3000))),
                        new PriorLine(2240, List.of(Adjustment.of("CO", "45", 699), Adjustment.of("PR", "2", 561))))));

        Remittance remittance = Remittances835.read(x835);
        assertEquals("SIMSUPP", remittance.payer().id());
        assertEquals("1111111112", remittance.payee().npi());
        ClaimPayment claim = remittance.claims().get(0);
        assertEquals(
                List.of("PA00000101", ClaimPayment.SECONDARY, 18500L, 1781L, 1780L),
                List.of(
                        claim.patientControlNumber(),
                        claim.statusCode(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        claim.patientResponsibilityCents()));
        ServicePayment visit = claim.services().get(0);
        assertEquals(1500, visit.paidCents());
        assertEquals(List.of("PR-2 1500", "OA-23 12000"), adjustments(visit));
        assertEquals("PA00000101-1", visit.lineControlNumber());
        ServicePayment vaccine = claim.services().get(1);
        assertEquals(281, vaccine.paidCents(), "half of 5.61, rounded half up");
        assertEquals(List.of("PR-2 280", "OA-23 2939"), adjustments(vaccine));
        assertEquals(1781, remittance.payment().totalPaymentCents());
        assertTrue(x835.contains("CLP*PA00000101*2*185*17.81*17.80*12*"), x835);
    }

    @Test
    void theClaimSimcommDecidedIsDecidedAgainBySimsuppWhenSentOnWithSimcommsDecision() {
        LocalDate dateOfService = LocalDate.of(2026, 12, 8);
        ClaimPayment primary = Remittances835.onlyClaim(Submissions.adjudicated(ProfessionalClaims.interchange(
                105, ProfessionalClaims.toPrimary("PA00000105", "SIMCOMM", "M123456", dateOfService))));

        // As claims-service does: the same claim on to SIMSUPP, with SIMCOMM's 835 in loops 2320 and 2430.
        PriorLine[] simcomm = primary.services().stream()
                .map(line -> new PriorLine(line.paidCents(), line.adjustments()))
                .toArray(PriorLine[]::new);
        ClaimPayment secondary = Remittances835.onlyClaim(Submissions.adjudicated(ProfessionalClaims.interchange(
                106,
                ProfessionalClaims.toSecondary(
                        "PA00000105", "SIMSUPP", "M123456", dateOfService, "SIMCOMM", simcomm))));
        assertEquals(
                List.of(ClaimPayment.SECONDARY, 1480L, 1480L),
                List.of(secondary.statusCode(), secondary.paidCents(), secondary.patientResponsibilityCents()),
                "half of 24.00 and of 5.60");
    }

    @Test
    void asTertiaryAfterSimcommAndSimmcareItPaysHalfOfWhatSimmcareLeftToThePatient() {
        LocalDate dateOfService = LocalDate.of(2026, 12, 9);
        // SIMCOMM, primary, paid 56.00 on the visit (50.00 deductible) and 22.40 on the vaccine.
        PriorDecision simcomm = new PriorDecision(
                "SIMCOMM",
                "P",
                new PriorLine(
                        5600,
                        List.of(
                                Adjustment.of("CO", "45", 3000),
                                Adjustment.of("PR", "1", 5000),
                                Adjustment.of("PR", "2", 1400))),
                new PriorLine(2240, List.of(Adjustment.of("CO", "45", 700), Adjustment.of("PR", "2", 560))));
        // SIMMCARE as secondary (non-duplication) pays 72.00 - 56.00 = 16.00 and 0 and leaves 48.00 and 5.60.
        ClaimPayment simmcare = Remittances835.onlyClaim(Submissions.adjudicated(ProfessionalClaims.interchange(
                107,
                ProfessionalClaims.toLaterPayer("PA00000107", "S", "SIMMCARE", "M123456", dateOfService, simcomm))));
        assertEquals(
                List.of(ClaimPayment.SECONDARY, 1600L, 5360L),
                List.of(simmcare.statusCode(), simmcare.paidCents(), simmcare.patientResponsibilityCents()));

        // As claims-service does: on to SIMSUPP (SBR01 T) with both payers' decisions, SIMMCARE's from its 835.
        PriorDecision secondary = new PriorDecision(
                "SIMMCARE",
                "S",
                simmcare.services().stream()
                        .map(line -> new PriorLine(line.paidCents(), line.adjustments()))
                        .toList());
        String x835 = Submissions.adjudicated(ProfessionalClaims.interchange(
                108,
                ProfessionalClaims.toLaterPayer(
                        "PA00000107", "T", "SIMSUPP", "M123456", dateOfService, simcomm, secondary)));

        ClaimPayment claim = Remittances835.onlyClaim(x835);
        assertEquals(
                List.of("PA00000107", ClaimPayment.TERTIARY, 18500L, 2680L, 2680L),
                List.of(
                        claim.patientControlNumber(),
                        claim.statusCode(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        claim.patientResponsibilityCents()));
        assertEquals(
                List.of("PR-2 2400", "OA-23 10200"),
                adjustments(claim.services().get(0)),
                "half of 48.00");
        assertEquals(
                List.of("PR-2 280", "OA-23 2940"), adjustments(claim.services().get(1)), "half of 5.60");
        assertTrue(x835.contains("CLP*PA00000107*3*185*26.80*26.80*12*"), x835);
    }

    @Test
    void aPrimaryThatDecidedOnlyAtClaimLevelLeavesItsPatientShareOnTheFirstLine() {
        String x835 = Submissions.adjudicated(ProfessionalClaims.interchange(
                102,
                ProfessionalClaims.toSecondaryDecidedAtClaimLevel(
                        "PA00000102",
                        "SIMSUPP",
                        "M123456",
                        LocalDate.of(2026, 12, 2),
                        "SIMCOMM",
                        11840,
                        List.of(Adjustment.of("CO", "45", 3700), Adjustment.of("PR", "2", 2960)))));

        ClaimPayment claim = Remittances835.onlyClaim(x835);
        assertEquals(
                List.of(ClaimPayment.SECONDARY, 1480L, 1480L),
                List.of(claim.statusCode(), claim.paidCents(), claim.patientResponsibilityCents()));
        assertEquals(
                List.of("PR-2 1480", "OA-23 12040"),
                adjustments(claim.services().get(0)));
        assertEquals(List.of("OA-23 3500"), adjustments(claim.services().get(1)));
    }

    @Test
    void aClaimSentToTheSupplementalPayerAsPrimaryIsDeniedAsCoveredByAnotherPayer() {
        String x835 = Submissions.adjudicated(ProfessionalClaims.interchange(
                103,
                ProfessionalClaims.withoutPriorPayer(
                        "PA00000103", "P", "SIMSUPP", "M123456", LocalDate.of(2026, 12, 3))));

        ClaimPayment claim = Remittances835.onlyClaim(x835);
        assertEquals(
                List.of(ClaimPayment.DENIED, 18500L, 0L, 0L),
                List.of(
                        claim.statusCode(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        claim.patientResponsibilityCents()));
        assertEquals(List.of("CO-22 15000"), adjustments(claim.services().get(0)));
        assertEquals(List.of("CO-22 3500"), adjustments(claim.services().get(1)));
        assertEquals(List.of("MA04"), claim.services().get(0).remarkCodes());
    }

    @Test
    void aSecondaryClaimForAMemberTheSupplementalPayerDoesNotCoverIsRejectedAtTheFrontEnd() {
        JsonPath receipt = Submissions.send(ProfessionalClaims.interchange(
                104,
                ProfessionalClaims.toSecondary(
                        "PA00000104",
                        "SIMSUPP",
                        "M555002",
                        LocalDate.of(2026, 12, 4),
                        "SIMCOMM",
                        new PriorLine(9600, List.of(Adjustment.of("CO", "45", 2400), Adjustment.of("PR", "2", 3000))),
                        new PriorLine(2240, List.of(Adjustment.of("CO", "45", 700), Adjustment.of("PR", "2", 560))))));

        assertEquals(0, receipt.getInt("claimsAccepted"));
        ClaimAcknowledgement ack =
                AcknowledgementReader.read277ca(receipt.getString("ack277ca")).get(0);
        assertEquals("A3:33", ack.category() + ":" + ack.statusCode());
        assertTrue(ack.message().contains("M555002") && ack.message().contains("SIMSUPP"), ack.message());
        assertEquals(List.of(), Submissions.remittances(receipt.getString("submissionId")));
    }

    @Test
    void aMedicareClaimOfACrossoverMemberIsForwardedAndTheSupplementalPayersOwn835FollowsIt() {
        // payments-service is down when SIMMCARE's 835 is first due: SIMSUPP's must wait for it.
        PaymentsReceiverResource.refuse("CLP*PA00000111*19*", 1);
        JsonPath receipt = Submissions.send(ProfessionalClaims.interchange(
                111, ProfessionalClaims.toPrimary("PA00000111", "SIMMCARE", "M555006", LocalDate.of(2026, 12, 5))));
        List<String> answers = Submissions.delivered(receipt.getString("submissionId"));
        assertEquals(2, answers.size(), "SIMMCARE's 835, then SIMSUPP's");
        assertEquals(
                List.of(2, 1),
                given().get("/v1/submissions/{id}", receipt.getString("submissionId"))
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("remittances.attempts", Integer.class),
                "SIMMCARE's was sent twice");

        // SIMMCARE (test contract: 99213 allowed 90.00, interest 1.23) pays as primary and forwards the claim.
        String medicare835 = answers.get(0);
        Remittance medicare = Remittances835.read(medicare835);
        assertEquals("SIMMCARE", medicare.payer().id());
        ClaimPayment forwarded = medicare.claims().get(0);
        assertEquals(
                List.of(ClaimPayment.PRIMARY_FORWARDED, 9440L, 2360L),
                List.of(forwarded.statusCode(), forwarded.paidCents(), forwarded.patientResponsibilityCents()));
        assertEquals("SIMSUPP", forwarded.crossoverCarrier().payerId());
        assertEquals(List.of("MA18"), forwarded.remarkCodes());
        assertTrue(medicare835.contains("NM1*TT*2*SIM SUPPLEMENTAL*****PI*SIMSUPP~MOA***MA18~"), medicare835);

        // SIMSUPP pays half of the 18.00 and 5.60 coinsurance SIMMCARE left to the patient.
        String supplemental835 = answers.get(1);
        Remittance supplemental = Remittances835.read(supplemental835);
        assertEquals("SIMSUPP", supplemental.payer().id());
        assertEquals("SIM SUPPLEMENTAL", supplemental.payer().name());
        ClaimPayment claim = supplemental.claims().get(0);
        assertEquals(
                List.of("PA00000111", ClaimPayment.SECONDARY, 18500L, 1180L, 1180L),
                List.of(
                        claim.patientControlNumber(),
                        claim.statusCode(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        claim.patientResponsibilityCents()));
        assertNull(claim.crossoverCarrier());
        assertEquals(
                List.of("PR-2 900", "OA-23 13200"), adjustments(claim.services().get(0)));
        assertEquals(
                List.of("PR-2 280", "OA-23 2940"), adjustments(claim.services().get(1)));

        List<String> toPayments = PaymentsReceiverResource.delivered().stream()
                .map(PaymentsReceiverResource.Delivery::body)
                .toList();
        assertTrue(
                toPayments.indexOf(medicare835) >= 0
                        && toPayments.indexOf(medicare835) < toPayments.indexOf(supplemental835),
                "SIMSUPP's 835 goes out only after SIMMCARE's, which was refused once");
        assertEquals("F1:65 paid 1180", ClaimStatuses.of("PA00000111", "SIMSUPP", "M555006"));
        assertEquals("F1:65 paid 9440", ClaimStatuses.of("PA00000111", "SIMMCARE", "M555006"));
    }

    @Test
    void aCrossoverIsDecidedOnceHoweverOftenThePrimaryClaimIsSentAtOnce() throws Exception {
        String claim = ProfessionalClaims.interchange(
                112, ProfessionalClaims.toPrimary("PA00000112", "SIMMCARE", "M555006", LocalDate.of(2026, 12, 6)));
        List<String> answers = SubmissionResourceTests.remittancesWhenSentAtOnce(claim, 6);
        assertEquals(
                List.of("SIMMCARE", "SIMSUPP"),
                answers.stream()
                        .map(x835 -> Remittances835.read(x835).payer().id())
                        .sorted()
                        .toList(),
                "one 835 of each payer, however often the claim was sent");
    }

    @Test
    void aSecondaryClaimForAClaimThatCrossedOverIsAcknowledgedButNotPaidAgain() {
        LocalDate dateOfService = LocalDate.of(2026, 12, 7);
        Submissions.delivered(Submissions.send(ProfessionalClaims.interchange(
                        113, ProfessionalClaims.toPrimary("PA00000113", "SIMMCARE", "M555006", dateOfService)))
                .getString("submissionId"));

        // The practice, not knowing of the crossover, bills SIMSUPP itself with SIMMCARE's decision.
        JsonPath receipt = Submissions.send(ProfessionalClaims.interchange(
                114,
                ProfessionalClaims.toSecondary(
                        "PA00000113",
                        "SIMSUPP",
                        "M555006",
                        dateOfService,
                        "SIMMCARE",
                        new PriorLine(7200, List.of(Adjustment.of("CO", "45", 6000), Adjustment.of("PR", "2", 1800))),
                        new PriorLine(2240, List.of(Adjustment.of("CO", "45", 700), Adjustment.of("PR", "2", 560))))));
        assertEquals(1, receipt.getInt("claimsAccepted"));
        assertEquals(List.of(), Submissions.remittances(receipt.getString("submissionId")));
    }
}
