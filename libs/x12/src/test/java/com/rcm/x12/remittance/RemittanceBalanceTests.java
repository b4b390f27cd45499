package com.rcm.x12.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.Conformance;
import com.rcm.x12.Fixtures;
import com.rcm.x12.remittance.RemittanceBalance.Imbalance;
import com.rcm.x12.remittance.RemittanceBalance.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemittanceBalanceTests {

    @Test
    void theWrittenPaymentBalancesAtEveryLevel() {
        Remittance written = new RemittanceReader()
                .read(new RemittanceWriter().toX12(RemittanceSamples.payment()))
                .single();
        assertEquals(List.of(), RemittanceBalance.check(written));
    }

    @Test
    void everyFixtureAndSampleBalances() throws IOException {
        // An off-guide file still balances: its deviations are in what it says, not in its money.
        List<Path> files = new ArrayList<>(Fixtures.files("835"));
        files.addAll(Fixtures.files("835-off-guide"));
        files.addAll(Conformance.filesIfPresent("835"));
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Remittance remittance : new RemittanceReader().read(in).transactions()) {
                    assertEquals(List.of(), RemittanceBalance.check(remittance), file.toString());
                }
            }
        }
    }

    @Test
    void namesTheLineTheClaimAndTheFileWithTheExactDifference() {
        Remittance good = RemittanceSamples.payment();
        ClaimPayment paid = good.claims().get(0);
        ServicePayment line = paid.services().get(0);
        // The payer says it paid 80.01 on a line whose adjustments leave 80.00.
        ServicePayment offByACent = new ServicePayment(
                line.procedureQualifier(),
                line.procedureCode(),
                line.modifiers(),
                line.chargeCents(),
                8001,
                line.units(),
                line.serviceDate(),
                line.adjustments(),
                line.lineControlNumber(),
                line.remarkCodes());
        ClaimPayment claim = new ClaimPayment(
                paid.patientControlNumber(),
                paid.statusCode(),
                paid.chargeCents(),
                paid.paidCents(),
                paid.patientResponsibilityCents(),
                paid.claimFilingIndicator(),
                paid.payerClaimControlNumber(),
                paid.adjustments(),
                paid.patientLastName(),
                paid.patientFirstName(),
                paid.patientMemberId(),
                List.of(offByACent, paid.services().get(1)));
        Remittance bad = new Remittance(
                good.envelope(),
                new PaymentInfo("C", 700, "C", PaymentMethod.CHK, null, null),
                good.traceNumber(),
                good.originatingCompanyId(),
                good.payer(),
                good.payee(),
                List.of(claim, good.claims().get(1), good.claims().get(2)),
                good.providerAdjustments());

        List<Imbalance> found = RemittanceBalance.check(bad);

        assertEquals(
                List.of(
                        new Imbalance(Level.LINE, "PCN1001", 1, "99213", 8000, 8001),
                        new Imbalance(Level.FILE, null, 0, null, 650, 700)),
                found);
        assertEquals(-1, found.get(0).differenceCents());
        assertEquals(-50, found.get(1).differenceCents());
        assertEquals("claim PCN1001 line 99213 is off by -1 cents", found.get(0).describe());
        assertEquals(
                "the payment (BPR02 against claims paid less PLB) is off by -50 cents",
                found.get(1).describe());
    }

    @Test
    void aClaimWhoseAdjustmentsDoNotExplainThePaymentIsReported() {
        Remittance good = RemittanceSamples.payment();
        ClaimPayment reversal = good.claims().get(2);
        ClaimPayment missingAdjustment = new ClaimPayment(
                reversal.patientControlNumber(),
                reversal.statusCode(),
                reversal.chargeCents(),
                reversal.paidCents(),
                0,
                reversal.claimFilingIndicator(),
                reversal.payerClaimControlNumber(),
                List.of(),
                reversal.patientLastName(),
                reversal.patientFirstName(),
                reversal.patientMemberId(),
                List.of());
        Remittance bad = new Remittance(
                good.envelope(),
                good.payment(),
                good.traceNumber(),
                good.originatingCompanyId(),
                good.payer(),
                good.payee(),
                List.of(good.claims().get(0), good.claims().get(1), missingAdjustment),
                good.providerAdjustments());

        List<Imbalance> found = RemittanceBalance.check(bad);

        assertEquals(List.of(new Imbalance(Level.CLAIM, "PCN0990", 0, null, -12000, -9000)), found);
        assertEquals(-3000, found.get(0).differenceCents());
        assertEquals("claim PCN0990 is off by -3000 cents", found.get(0).describe());
        assertTrue(RemittanceBalance.balances(good));
    }
}
