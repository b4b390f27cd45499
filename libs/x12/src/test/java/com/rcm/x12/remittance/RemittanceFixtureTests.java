package com.rcm.x12.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.Fixtures;
import com.rcm.x12.SchemaChecks;
import com.rcm.x12.X12Issue;
import com.rcm.x12.X12ReadResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own 835s. Lakeshore Mutual pays Riverbend Pediatrics by EFT: a paid claim with line
 * CAS, a denial, the reversal of an earlier payment and its corrected re-payment, plus interest and a
 * recovery in PLB. Northgate Supplemental pays the secondary claim by check in a file that strays from
 * the guide but whose money is sound.
 */
class RemittanceFixtureTests {
    private static final String PRACTICE_NPI = "1634529089";

    private final RemittanceReader reader = new RemittanceReader();

    private Remittance lakeshore() {
        X12ReadResult<Remittance> result =
                reader.read(Fixtures.text("835", "lakeshore-eft-paid-denied-reversed-plb.edi"));
        assertTrue(result.isValid(), () -> SchemaChecks.describe(result.issues()));
        return result.single();
    }

    @Test
    void theEftPaysTheClaimsLessTheProviderAdjustments() {
        Remittance remittance = lakeshore();
        assertEquals(14525, remittance.payment().totalPaymentCents());
        assertEquals(PaymentMethod.ACH, remittance.payment().method());
        assertEquals(LocalDate.of(2026, 4, 1), remittance.payment().paymentDate());
        assertEquals("LKEFT0331A7", remittance.traceNumber());
        assertEquals("LKMUT", remittance.payer().id());
        assertEquals(PRACTICE_NPI, remittance.payee().npi());
        // 142.00 + 0 - 110.00 + 125.00 claim payments, less (-3.25 interest + 15.00 recovery).
        assertEquals(15700, remittance.claimPaidCents());
        assertEquals(1175, remittance.providerAdjustmentCents());
        assertEquals(List.of(), RemittanceBalance.check(remittance));
    }

    @Test
    void eachClaimIsReadWithItsStatusAndAmounts() {
        List<ClaimPayment> claims = lakeshore().claims();
        assertEquals(
                List.of("RB26030901", "RB26030907", "RB26012207", "RB26012207"),
                claims.stream().map(ClaimPayment::patientControlNumber).toList());
        assertEquals(
                List.of("1", "4", "22", "1"),
                claims.stream().map(ClaimPayment::statusCode).toList());
        assertEquals(
                List.of(14200L, 0L, -11000L, 12500L),
                claims.stream().map(ClaimPayment::paidCents).toList());

        ClaimPayment paid = claims.get(0);
        assertEquals(21000, paid.chargeCents());
        assertEquals(2000, paid.patientResponsibilityCents());
        ServicePayment visit = paid.services().get(0);
        assertEquals("99214", visit.procedureCode());
        assertEquals("RB26030901-1", visit.lineControlNumber());
        assertEquals(List.of(Adjustment.of("CO", "45", 4000), Adjustment.of("PR", "2", 2000)), visit.adjustments());
        assertEquals(800, paid.services().get(1).adjustmentCents());
    }

    @Test
    void theDenialPaysNothingAndSaysWhy() {
        ClaimPayment denied = lakeshore().claims().get(1);
        assertTrue(denied.isDenial());
        assertEquals(9500, denied.chargeCents());
        ServicePayment line = denied.services().get(0);
        assertEquals(List.of(Adjustment.of("CO", "197", 9500)), line.adjustments());
        assertEquals(List.of("N54"), line.remarkCodes());
    }

    @Test
    void theReversalTakesBackTheEarlierPaymentWithNegativeAmounts() {
        ClaimPayment reversal = lakeshore().claims().get(2);
        assertTrue(reversal.isReversal());
        assertEquals(-16000, reversal.chargeCents());
        assertEquals("LKM2601290455", reversal.payerClaimControlNumber());
        assertEquals(List.of(Adjustment.of("CO", "45", -5000)), reversal.adjustments());
        ClaimPayment corrected = lakeshore().claims().get(3);
        assertEquals(reversal.patientControlNumber(), corrected.patientControlNumber());
        assertEquals(1500, corrected.paidCents() + reversal.paidCents(), "the correction pays 15.00 more");
    }

    @Test
    void providerAdjustmentsAreInterestGivenAndARecoveryTaken() {
        assertEquals(
                List.of(
                        new ProviderAdjustment(PRACTICE_NPI, LocalDate.of(2026, 12, 31), "L6", "RB26011509", -325),
                        new ProviderAdjustment(PRACTICE_NPI, LocalDate.of(2026, 12, 31), "WO", "RB25120402", 1500)),
                lakeshore().providerAdjustments());
    }

    @Test
    void anOffGuideFileIsReportedButItsMoneyIsReadAndBalances() {
        X12ReadResult<Remittance> result =
                reader.read(Fixtures.text("835-off-guide", "northgate-secondary-check-off-guide.edi"));

        List<String> found = result.issues().stream()
                .map(issue -> issue.segmentTag() + ":" + issue.error())
                .toList();
        assertFalse(result.isValid());
        assertTrue(found.contains("NTE:IMPLEMENTATION_UNUSED_SEGMENT_PRESENT"), found::toString);
        assertTrue(found.contains("REF:IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT"), found::toString);
        assertTrue(result.issues().stream().map(X12Issue::segmentTag).anyMatch("SE"::equals), found::toString);

        Remittance remittance = result.single();
        assertEquals(PaymentMethod.CHK, remittance.payment().method());
        assertNull(remittance.payment().eftAccounts());
        assertEquals(2800, remittance.payment().totalPaymentCents());
        ClaimPayment secondary = remittance.claims().get(0);
        assertEquals(ClaimPayment.SECONDARY, secondary.statusCode());
        assertEquals("RB26030904", secondary.patientControlNumber());
        assertEquals(
                List.of(11000L, 2700L),
                secondary.services().stream()
                        .map(ServicePayment::adjustmentCents)
                        .toList());
        assertEquals(List.of(), RemittanceBalance.check(remittance));
    }
}
