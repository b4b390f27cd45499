package com.rcm.x12.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.X12Exception;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemittanceWriterTests {

    private final RemittanceWriter writer = new RemittanceWriter();

    private static List<String> segments(String x12) {
        return Arrays.asList(x12.strip().split("~"));
    }

    @Test
    void writesPaymentPartiesClaimsAndProviderAdjustments() {
        List<String> segments = segments(writer.toX12(RemittanceSamples.payment()));

        assertEquals("GS*HP*SIMCOMM*RCMBILLING*20261120*0615*7001*X*005010X221A1", segments.get(1));
        assertEquals("ST*835*0001", segments.get(2));
        assertEquals(
                "BPR*C*6.50*C*ACH*CCP*01*011000015*DA*123456789*1741234567**01*111000025*DA*987654321*20261121",
                segments.get(3));
        assertEquals(
                List.of(
                        "TRN*1*EFT20261121001*1741234567",
                        "N1*PR*SIMCOMM HEALTH",
                        "N3*PO BOX 1000",
                        "N4*Austin*TX*78701",
                        "REF*2U*SIMCOMM",
                        "PER*BL**TE*8005550199",
                        "N1*PE*AUSTIN FAMILY MEDICINE*XX*1245319599",
                        "REF*TJ*741234567",
                        "LX*1",
                        "CLP*PCN1001*1*175.50*100*20*12*SIM2026110001",
                        "NM1*QC*1*Doe*Jane****MI*M123456",
                        "SVC*HC:99213:25*150*80**1",
                        "DTM*472*20261102",
                        "CAS*CO*45*50",
                        "CAS*PR*2*20",
                        "REF*6R*PCN1001-1"),
                segments.subList(4, 20));
        assertTrue(segments.contains("CLP*PCN1002*4*175.50*0**12*SIM2026110002"));
        assertTrue(segments.contains("LQ*HE*N130"));
        assertTrue(segments.contains("CLP*PCN0990*22*-120*-90**12*SIM2026100777"));
        assertTrue(segments.contains("CAS*CO*45*-30"));
        assertEquals("PLB*1245319599*20261231*L6*-1.50*WO:OLDCLAIM77*5", segments.get(segments.size() - 4));
        assertEquals("SE*" + (segments.size() - 4) + "*0001", segments.get(segments.size() - 3));
    }

    @Test
    void writesACheckWithoutBankAccountsAndThePaymentDateInBpr16() {
        Remittance ach = RemittanceSamples.payment();
        Remittance check = new Remittance(
                ach.envelope(),
                new PaymentInfo("I", 650, "C", PaymentMethod.CHK, null, LocalDate.of(2026, 11, 21)),
                "CHK000123",
                "1741234567",
                ach.payer(),
                ach.payee(),
                ach.claims(),
                ach.providerAdjustments());

        List<String> segments = segments(writer.toX12(check));
        assertEquals("BPR*I*6.50*C*CHK************20261121", segments.get(3));
    }

    @Test
    void aClaimForwardedToASupplementalPayerNamesItAndCarriesItsClaimLevelRemark() {
        Remittance base = RemittanceSamples.payment();
        ClaimPayment paid = RemittanceSamples.paid();
        ClaimPayment forwarded = new ClaimPayment(
                paid.patientControlNumber(),
                ClaimPayment.PRIMARY_FORWARDED,
                paid.chargeCents(),
                paid.paidCents(),
                paid.patientResponsibilityCents(),
                paid.claimFilingIndicator(),
                paid.payerClaimControlNumber(),
                paid.adjustments(),
                paid.patientLastName(),
                paid.patientFirstName(),
                paid.patientMemberId(),
                paid.services(),
                new CrossoverCarrier("SIM SUPPLEMENTAL", "SIMSUPP"),
                List.of("MA18"));
        Remittance remittance = new Remittance(
                base.envelope(),
                new PaymentInfo("I", paid.paidCents(), "C", PaymentMethod.NON, null, LocalDate.of(2026, 11, 21)),
                "T19",
                "1741234567",
                base.payer(),
                base.payee(),
                List.of(forwarded),
                List.of());

        List<String> segments = segments(writer.toX12(remittance));
        int clp = segments.indexOf("CLP*PCN1001*19*175.50*100*20*12*SIM2026110001");
        assertEquals(
                List.of("NM1*QC*1*Doe*Jane****MI*M123456", "NM1*TT*2*SIM SUPPLEMENTAL*****PI*SIMSUPP", "MOA***MA18"),
                segments.subList(clp + 1, clp + 4),
                segments.toString());

        var read = new RemittanceReader().read(writer.toX12(remittance));
        assertEquals(List.of(), read.issues());
        assertEquals(forwarded, read.single().claims().get(0));
    }

    /**
     * A line-level reversal of PCN1001's payment (every amount negated, to the cent) beside its corrected
     * payment, and the payer's interest: BPR02 = 100.00 − 101.50 − (−2.25) = 0.75.
     */
    private static Remittance reversalToTheCent(long recoveredCents) {
        Remittance base = RemittanceSamples.payment();
        ClaimPayment reversal = new ClaimPayment(
                "PCN1001",
                ClaimPayment.REVERSAL,
                -17550,
                -10150,
                -1851,
                "12",
                "SIM2026110001",
                List.of(),
                "Doe",
                "Jane",
                "M123456",
                List.of(
                        new ServicePayment(
                                "HC",
                                "99213",
                                List.of("25"),
                                -15000,
                                -8150,
                                null,
                                RemittanceSamples.SERVICE_DATE,
                                List.of(Adjustment.of("CO", "45", -4999), Adjustment.of("PR", "2", -1851)),
                                "PCN1001-1",
                                List.of()),
                        new ServicePayment(
                                "HC",
                                "G0008",
                                List.of(),
                                -2550,
                                -2000,
                                null,
                                RemittanceSamples.SERVICE_DATE,
                                List.of(Adjustment.of("CO", "45", -550)),
                                "PCN1001-2",
                                List.of())));
        List<ProviderAdjustment> plb = new ArrayList<>(List.of(
                new ProviderAdjustment(RemittanceSamples.PRACTICE_NPI, LocalDate.of(2026, 12, 31), "L6", null, -225)));
        if (recoveredCents != 0) {
            plb.add(new ProviderAdjustment(
                    RemittanceSamples.PRACTICE_NPI, LocalDate.of(2026, 12, 31), "WO", "OLDCLAIM77", recoveredCents));
        }
        long paid = RemittanceSamples.paid().paidCents()
                + reversal.paidCents()
                - plb.stream().mapToLong(ProviderAdjustment::amountCents).sum();
        return new Remittance(
                base.envelope(),
                new PaymentInfo("I", paid, "C", PaymentMethod.CHK, null, LocalDate.of(2026, 11, 21)),
                "CHK000124",
                "1741234567",
                base.payer(),
                base.payee(),
                List.of(reversal, RemittanceSamples.paid()),
                plb);
    }

    @Test
    void writesAReversalsNegativeClaimLineCasAndPlbAmountsToTheCent() {
        Remittance remittance = reversalToTheCent(0);
        String x12 = writer.toX12(remittance);
        List<String> segments = segments(x12);

        assertEquals("BPR*I*0.75*C*CHK************20261121", segments.get(3));
        int clp = segments.indexOf("CLP*PCN1001*22*-175.50*-101.50*-18.51*12*SIM2026110001");
        assertTrue(clp > 0, segments.toString());
        assertEquals(
                List.of(
                        "NM1*QC*1*Doe*Jane****MI*M123456",
                        "SVC*HC:99213:25*-150*-81.50",
                        "DTM*472*20261102",
                        "CAS*CO*45*-49.99",
                        "CAS*PR*2*-18.51",
                        "REF*6R*PCN1001-1",
                        "SVC*HC:G0008*-25.50*-20",
                        "DTM*472*20261102",
                        "CAS*CO*45*-5.50"),
                segments.subList(clp + 1, clp + 10));
        assertEquals("PLB*1245319599*20261231*L6*-2.25", segments.get(segments.size() - 4));

        Remittance read = new RemittanceReader().read(x12).single();
        assertEquals(remittance.claims(), read.claims());
        assertEquals(remittance.providerAdjustments(), read.providerAdjustments());
        assertEquals(List.of(), RemittanceBalance.check(read));
    }

    @Test
    void refusesANegativeBpr02ClearlyAsTheGuideIssuesNo835ForLessThanZero() {
        // A 3.00 recovery on top of the reversal would leave BPR02 at -2.25.
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> writer.toX12(reversalToTheCent(300)));
        assertEquals("BPR02 total payment cannot be negative, was -2.25", refused.getMessage());
    }

    @Test
    void refusesToWriteACodeThe835StandardDoesNotHave() {
        Remittance base = RemittanceSamples.payment();
        ClaimPayment unknownStatus =
                new ClaimPayment("PCN9", "9", 100, 100, 0, "12", "P9", List.of(), null, null, null, List.of());
        Remittance bad = new Remittance(
                base.envelope(),
                base.payment(),
                base.traceNumber(),
                base.originatingCompanyId(),
                base.payer(),
                base.payee(),
                List.of(unknownStatus),
                List.of());

        X12Exception error = assertThrows(X12Exception.class, () -> writer.toX12(bad));
        assertTrue(error.getMessage().contains("CLP"), error.getMessage());
    }

    @Test
    void splitsMoreThanSixAdjustmentsAcrossCasAndPlbSegments() {
        List<Adjustment> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add(Adjustment.of("CO", Integer.toString(i), 100));
        }
        List<ProviderAdjustment> seven_plb = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven_plb.add(new ProviderAdjustment("1245319599", LocalDate.of(2026, 12, 31), "WO", "C" + i, 100));
        }
        Remittance base = RemittanceSamples.payment();
        ClaimPayment claim =
                new ClaimPayment("PCN7", "1", 1700, 1000, 0, "12", "P7", seven, null, null, null, List.of());
        Remittance many = new Remittance(
                base.envelope(),
                new PaymentInfo("I", 300, "C", PaymentMethod.NON, null, LocalDate.of(2026, 11, 21)),
                "T7",
                "1741234567",
                base.payer(),
                base.payee(),
                List.of(claim),
                seven_plb);

        List<String> segments = segments(writer.toX12(many));
        assertTrue(segments.contains("CAS*CO*1*1**2*1**3*1**4*1**5*1**6*1"), segments.toString());
        assertTrue(segments.contains("CAS*CO*7*1"), segments.toString());
        assertTrue(segments.contains("PLB*1245319599*20261231*WO:C1*1*WO:C2*1*WO:C3*1*WO:C4*1*WO:C5*1*WO:C6*1"));
        assertTrue(segments.contains("PLB*1245319599*20261231*WO:C7*1"));

        Remittance read = new RemittanceReader().read(writer.toX12(many)).single();
        assertEquals(seven, read.claims().get(0).adjustments());
        assertEquals(seven_plb, read.providerAdjustments());
        assertTrue(RemittanceBalance.balances(read));
    }
}
