package com.rcm.clearinghouse.api;

import static com.rcm.clearinghouse.support.Remittances835.adjustments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.clearinghouse.support.ClaimStatuses;
import com.rcm.clearinghouse.support.PaymentsReceiverResource;
import com.rcm.clearinghouse.support.ProfessionalClaims;
import com.rcm.clearinghouse.support.ProfessionalClaims.PriorLine;
import com.rcm.clearinghouse.support.Remittances835;
import com.rcm.clearinghouse.support.Submissions;
import com.rcm.x12.ack.AcknowledgementReader;
import com.rcm.x12.ack.ClaimAcknowledgement;
import com.rcm.x12.remittance.Adjustment;
import com.rcm.x12.remittance.ClaimPayment;
import com.rcm.x12.remittance.Remittance;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract payers as secondary (SBR01 S): SIMCOMM by standard COB, SIMMCARE by non-duplication
 * (application.properties), each from its own benefit as primary (SIMCOMM allows 80% of the charge,
 * SIMMCARE 90.00 for 99213 in the test profile, both 20% coinsurance) and the patient's share the prior
 * payer left; and the front end's rejection of prior payers' loops that do not balance. Each 835 is read
 * back as payments-service reads it and must balance.
 */
@QuarkusTest
@WithTestResource(value = PaymentsReceiverResource.class, scope = TestResourceScope.GLOBAL)
class SecondaryPayerTests {

    @Test
    void simcommAsSecondaryPaysItsOwnBenefitUpToWhatSimmcareLeftToThePatient() {
        // SIMMCARE applied its deductible to all it allowed (90.00 and 28.00) and paid nothing.
        String x835 = Submissions.adjudicated(ProfessionalClaims.interchange(
                121,
                ProfessionalClaims.toSecondary(
                        "PA00000121",
                        "SIMCOMM",
                        "M123456",
                        LocalDate.of(2026, 12, 15),
                        "SIMMCARE",
                        new PriorLine(0, List.of(Adjustment.of("CO", "45", 6000), Adjustment.of("PR", "1", 9000))),
                        new PriorLine(0, List.of(Adjustment.of("CO", "45", 700), Adjustment.of("PR", "1", 2800))))));

        Remittance remittance = Remittances835.read(x835);
        assertEquals("SIMCOMM", remittance.payer().id());
        ClaimPayment claim = remittance.claims().get(0);
        assertEquals(
                List.of("PA00000121", ClaimPayment.SECONDARY, 18500L, 11240L, 560L),
                List.of(
                        claim.patientControlNumber(),
                        claim.statusCode(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        claim.patientResponsibilityCents()));
        // Visit: its own benefit 96.00 is more than the 90.00 left, so it pays the 90.00.
        assertEquals(9000, claim.services().get(0).paidCents());
        assertEquals(List.of("OA-23 6000"), adjustments(claim.services().get(0)));
        // Vaccine: its own benefit 22.40 is less than the 28.00 left: the patient keeps 5.60.
        assertEquals(2240, claim.services().get(1).paidCents());
        assertEquals(
                List.of("PR-2 560", "OA-23 700"), adjustments(claim.services().get(1)));
        assertEquals(11240, remittance.payment().totalPaymentCents());
        assertTrue(x835.contains("CLP*PA00000121*2*185*112.40*5.60*12*"), x835);
    }

    @Test
    void simmcareAsSecondaryPaysOnlyWhatItsOwnBenefitExceedsSimcommsPaymentAndDoesNotCrossOver() {
        // M555006's claims cross over from SIMMCARE to SIMSUPP, but only those SIMMCARE decides as primary.
        // SIMCOMM paid 56.00 on the visit (50.00 deductible, 14.00 coinsurance) and 22.40 on the vaccine.
        String pcn = "PA00000122";
        JsonPath receipt = Submissions.send(ProfessionalClaims.interchange(
                122,
                ProfessionalClaims.toSecondary(
                        pcn,
                        "SIMMCARE",
                        "M555006",
                        LocalDate.of(2026, 12, 16),
                        "SIMCOMM",
                        new PriorLine(
                                5600,
                                List.of(
                                        Adjustment.of("CO", "45", 3000),
                                        Adjustment.of("PR", "1", 5000),
                                        Adjustment.of("PR", "2", 1400))),
                        new PriorLine(2240, List.of(Adjustment.of("CO", "45", 700), Adjustment.of("PR", "2", 560))))));
        List<String> answers = Submissions.delivered(receipt.getString("submissionId"));
        assertEquals(1, answers.size(), "SIMMCARE's 835 only, no crossover to SIMSUPP: " + answers);

        Remittance remittance = Remittances835.read(answers.get(0));
        assertEquals("SIMMCARE", remittance.payer().id());
        ClaimPayment claim = remittance.claims().get(0);
        assertEquals(
                List.of(ClaimPayment.SECONDARY, 18500L, 1600L, 5360L),
                List.of(
                        claim.statusCode(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        claim.patientResponsibilityCents()));
        assertNull(claim.crossoverCarrier());
        // Visit: own benefit 72.00 - SIMCOMM's 56.00 = 16.00 of the 64.00 left; the patient keeps 48.00.
        assertEquals(1600, claim.services().get(0).paidCents());
        assertEquals(
                List.of("PR-2 4800", "OA-23 8600"), adjustments(claim.services().get(0)));
        // Vaccine: own benefit 22.40 - SIMCOMM's 22.40 = nothing; the patient keeps the 5.60.
        assertEquals(0, claim.services().get(1).paidCents());
        assertEquals(
                List.of("PR-2 560", "OA-23 2940"), adjustments(claim.services().get(1)));
        assertEquals(1600 + 123, remittance.payment().totalPaymentCents(), "with SIMMCARE's interest");
        assertFalse(answers.get(0).contains("NM1*TT*"), answers.get(0));

        assertEquals("F1:65 paid 1600", ClaimStatuses.of(pcn, "SIMMCARE", "M555006"));
        assertEquals("A4:35 paid 0", ClaimStatuses.of(pcn, "SIMSUPP", "M555006"), "SIMSUPP never got the claim");
    }

    @Test
    void aSecondaryClaimWhosePriorPayerDoesNotAccountForTheChargeIsRejectedAndNeverPaid() {
        String pcn = "PA00000123";
        String balanced = ProfessionalClaims.interchange(
                123,
                ProfessionalClaims.toSecondary(
                        pcn,
                        "SIMCOMM",
                        "M123456",
                        LocalDate.of(2026, 12, 17),
                        "SIMMCARE",
                        new PriorLine(0, List.of(Adjustment.of("CO", "45", 6000), Adjustment.of("PR", "1", 9000))),
                        new PriorLine(0, List.of(Adjustment.of("CO", "45", 700), Adjustment.of("PR", "1", 2800)))));
        // SIMMCARE's 2320 says it paid 10.00 on top of adjustments that already account for the 185.00.
        assertTrue(balanced.contains("AMT*D*0~"), balanced);
        JsonPath receipt = Submissions.send(balanced.replace("AMT*D*0~", "AMT*D*10~"));

        assertEquals(
                List.of("ACCEPTED", 1, 0),
                List.of(receipt.getString("status"), receipt.getInt("claims"), receipt.getInt("claimsAccepted")));
        ClaimAcknowledgement ack =
                AcknowledgementReader.read277ca(receipt.getString("ack277ca")).get(0);
        assertEquals(List.of(pcn, "A3", "400"), List.of(ack.patientControlNumber(), ack.category(), ack.statusCode()));
        assertEquals(
                "COB out of balance, claim charge 185 is not payer SIMMCARE's paid 10 plus adjustments 185",
                ack.message());
        assertEquals(List.of(), Submissions.remittances(receipt.getString("submissionId")));
        assertEquals("A3:400 paid 0", ClaimStatuses.of(pcn, "SIMCOMM", "M123456"));
    }

    @Test
    void aLineWhosePriorPaymentAndAdjustmentsMissItsChargeRejectsThatClaimAndTheOthersArePaid() {
        LocalDate dateOfService = LocalDate.of(2026, 12, 18);
        String x837 = ProfessionalClaims.interchange(
                124,
                ProfessionalClaims.toSecondary(
                        "PA00000124",
                        "SIMSUPP",
                        "M123456",
                        dateOfService,
                        "SIMCOMM",
                        new PriorLine(9600, List.of(Adjustment.of("CO", "45", 3000), Adjustment.of("PR", "2", 2400))),
                        new PriorLine(2240, List.of(Adjustment.of("CO", "45", 700), Adjustment.of("PR", "2", 560)))),
                ProfessionalClaims.toSecondary(
                        "PA00000125",
                        "SIMCOMM",
                        "M123456",
                        dateOfService,
                        "SIMMCARE",
                        new PriorLine(0, List.of(Adjustment.of("CO", "45", 6000), Adjustment.of("PR", "1", 9000))),
                        new PriorLine(0, List.of(Adjustment.of("CO", "45", 700), Adjustment.of("PR", "1", 2800)))));
        // SIMCOMM's 2430 on the visit says 69.00 paid; its 2320 (AMT*D 118.40) still balances the claim.
        assertTrue(x837.contains("SVD*SIMCOMM*96*"), x837);
        JsonPath receipt = Submissions.send(x837.replace("SVD*SIMCOMM*96*", "SVD*SIMCOMM*69*"));

        assertEquals(List.of(2, 1), List.of(receipt.getInt("claims"), receipt.getInt("claimsAccepted")));
        List<ClaimAcknowledgement> acks = AcknowledgementReader.read277ca(receipt.getString("ack277ca"));
        ClaimAcknowledgement rejected = acks.stream()
                .filter(ack -> ack.patientControlNumber().equals("PA00000124"))
                .findFirst()
                .orElseThrow();
        assertEquals("A3:400", rejected.category() + ":" + rejected.statusCode());
        assertEquals(
                "COB out of balance, line 1 charge 150 is not payer SIMCOMM's paid 69 plus adjustments 54",
                rejected.message());
        assertTrue(
                acks.stream()
                        .filter(ack -> ack.patientControlNumber().equals("PA00000125"))
                        .allMatch(ClaimAcknowledgement::accepted),
                acks.toString());

        List<String> answers = Submissions.delivered(receipt.getString("submissionId"));
        assertEquals(
                List.of("SIMCOMM"),
                answers.stream()
                        .map(x835 -> Remittances835.read(x835).payer().id())
                        .toList(),
                "no 835 of SIMSUPP's");
        assertEquals(
                List.of("PA00000125"),
                Remittances835.read(answers.get(0)).claims().stream()
                        .map(ClaimPayment::patientControlNumber)
                        .toList());
    }
}
