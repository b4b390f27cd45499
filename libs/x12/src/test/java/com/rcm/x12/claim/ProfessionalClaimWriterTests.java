package com.rcm.x12.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.Address;
import com.rcm.x12.remittance.Adjustment;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfessionalClaimWriterTests {

    private final ProfessionalClaimWriter writer = new ProfessionalClaimWriter();

    private List<String> segments(String x12) {
        return Arrays.asList(x12.strip().split("~"));
    }

    @Test
    void writesTheContractEncounterSegmentBySegment() {
        String x12 = writer.toX12(
                ClaimSamples.batch(List.of(ClaimSamples.janeDoe("PCN1001", ClaimSamples.janeAsSubscriber(), null))));

        List<String> segments = segments(x12);
        assertEquals(
                "ISA*00*          *00*          *ZZ*RCMBILLING     *ZZ*SIMCLEAR       *261103*0930*^*00501"
                        + "*000000042*0*T*:",
                segments.get(0));
        assertEquals("GS*HC*RCMBILLING*SIMCLEAR*20261103*0930*42*X*005010X222A1", segments.get(1));
        assertEquals("ST*837*0001*005010X222A1", segments.get(2));
        assertEquals("BHT*0019*00*BATCH0001*20261103*0930*CH", segments.get(3));
        assertEquals(
                List.of(
                        "NM1*41*2*RCM BILLING CO*****46*RCM001",
                        "PER*IC*Billing Desk*TE*5125550100",
                        "NM1*40*2*SIMULATED CLEARINGHOUSE*****46*SIMCLEAR",
                        "HL*1**20*1",
                        "PRV*BI*PXC*207Q00000X",
                        "NM1*85*2*AUSTIN FAMILY MEDICINE*****XX*1245319599",
                        "N3*100 Congress Ave",
                        "N4*Austin*TX*787011234",
                        "REF*EI*741234567",
                        "HL*2*1*22*0",
                        "SBR*P*18*G1******CI",
                        "NM1*IL*1*Doe*Jane****MI*M123456",
                        "N3*1 Main St",
                        "N4*Austin*TX*78701",
                        "DMG*D8*19800401*F",
                        "NM1*PR*2*SIMCOMM HEALTH*****PI*SIMCOMM",
                        "CLM*PCN1001*175.50***11:B:1*Y*A*Y*Y",
                        "HI*ABK:E119*ABF:I10",
                        "NM1*82*1*Welby*Ann****XX*1234567893",
                        "PRV*PE*PXC*207Q00000X",
                        "LX*1",
                        "SV1*HC:99213:25*150*UN*1***1:2",
                        "DTP*472*D8*20261102",
                        "REF*6R*PCN1001-1",
                        "LX*2",
                        "SV1*HC:G0008*25.50*UN*1***1",
                        "DTP*472*D8*20261102",
                        "REF*6R*PCN1001-2"),
                segments.subList(4, 32));
        // SE01 counts ST through SE inclusive: positions 2..32 are 31 segments.
        assertEquals("SE*31*0001", segments.get(32));
        assertEquals("GE*1*42", segments.get(33));
        assertEquals("IEA*1*000000042", segments.get(34));
        assertFalse(x12.contains("\n"), "compact output is one line");
    }

    @Test
    void putsADependentUnderAPatientLoopAndLeavesSbr02Blank() {
        String x12 = writer.toX12(ClaimSamples.batch(List.of(
                ClaimSamples.janeDoe("PCN1002", ClaimSamples.johnAsSubscriber(), ClaimSamples.janeAsSpouse()))));

        List<String> segments = segments(x12);
        int subscriberHl = segments.indexOf("HL*2*1*22*1");
        assertTrue(subscriberHl > 0, x12);
        assertEquals("SBR*P**G1******CI", segments.get(subscriberHl + 1));
        int patientHl = segments.indexOf("HL*3*2*23*0");
        assertTrue(patientHl > subscriberHl, x12);
        assertEquals(
                List.of("PAT*01", "NM1*QC*1*Doe*Jane", "N3*1 Main St", "N4*Austin*TX*78701", "DMG*D8*19800401*F"),
                segments.subList(patientHl + 1, patientHl + 6));
        assertTrue(segments.get(patientHl + 6).startsWith("CLM*PCN1002*"));
    }

    @Test
    void groupsClaimsOfOneProviderAndSubscriberUnderOneHierarchy() {
        String x12 = writer.toX12(ClaimSamples.batch(List.of(
                ClaimSamples.janeDoe("PCN1", ClaimSamples.janeAsSubscriber(), null),
                ClaimSamples.janeDoe("PCN2", ClaimSamples.janeAsSubscriber(), null),
                ClaimSamples.janeDoe("PCN3", ClaimSamples.johnAsSubscriber(), ClaimSamples.janeAsSpouse()))));

        List<String> hl =
                segments(x12).stream().filter(s -> s.startsWith("HL*")).toList();
        assertEquals(List.of("HL*1**20*1", "HL*2*1*22*0", "HL*3*1*22*1", "HL*4*3*23*0"), hl);
        assertEquals(3, segments(x12).stream().filter(s -> s.startsWith("CLM*")).count());
    }

    @Test
    void writesAReplacementWithThePayersClaimNumber() {
        ProfessionalClaim original = ClaimSamples.janeDoe("PCN1003", ClaimSamples.janeAsSubscriber(), null);
        ProfessionalClaim replacement = new ProfessionalClaim(
                original.billingProvider(),
                original.subscriber(),
                null,
                "PCN1003",
                original.totalChargeCents(),
                "11",
                ProfessionalClaim.REPLACEMENT,
                "PAYERCLM77",
                original.diagnoses(),
                original.renderingProvider(),
                original.lines());

        List<String> segments = segments(writer.toX12(ClaimSamples.batch(List.of(replacement))));
        int clm = segments.indexOf("CLM*PCN1003*175.50***11:B:7*Y*A*Y*Y");
        assertEquals("REF*F8*PAYERCLM77", segments.get(clm + 1));
    }

    @Test
    void prettyPrintPutsEachSegmentOnItsOwnLine() {
        String x12 = new ProfessionalClaimWriter(true)
                .toX12(ClaimSamples.batch(
                        List.of(ClaimSamples.janeDoe("PCN1001", ClaimSamples.janeAsSubscriber(), null))));
        assertTrue(x12.contains("~\nGS*HC*"), x12);
        assertEquals(35, x12.strip().split("\n").length);
    }

    @Test
    void refusesClaimsAPayerWouldRejectAtTheFrontDoor() {
        ProfessionalClaim good = ClaimSamples.janeDoe("PCN1004", ClaimSamples.janeAsSubscriber(), null);
        ProfessionalClaim wrongTotal = new ProfessionalClaim(
                good.billingProvider(),
                good.subscriber(),
                null,
                "PCN1004",
                99,
                "11",
                "1",
                null,
                good.diagnoses(),
                null,
                good.lines());
        IllegalArgumentException total = assertThrows(
                IllegalArgumentException.class, () -> writer.toX12(ClaimSamples.batch(List.of(wrongTotal))));
        assertTrue(
                total.getMessage().contains("total charge 99 cents is not the sum of line charges 17550"),
                total.getMessage());

        ProfessionalClaim voidWithoutPayerNumber = new ProfessionalClaim(
                good.billingProvider(),
                good.subscriber(),
                null,
                "PCN1004",
                17550,
                "11",
                ProfessionalClaim.VOID,
                null,
                good.diagnoses(),
                null,
                good.lines());
        assertThrows(
                IllegalArgumentException.class,
                () -> writer.toX12(ClaimSamples.batch(List.of(voidWithoutPayerNumber))));

        BillingProvider fiveDigitZip = new BillingProvider(
                "X", "1245319599", "741234567", null, Address.of("1 A St", "Austin", "TX", "78701"));
        ProfessionalClaim badZip = new ProfessionalClaim(
                fiveDigitZip,
                good.subscriber(),
                null,
                "PCN1004",
                17550,
                "11",
                "1",
                null,
                good.diagnoses(),
                null,
                good.lines());
        assertThrows(IllegalArgumentException.class, () -> writer.toX12(ClaimSamples.batch(List.of(badZip))));
    }

    @Test
    void writesTheSecondaryClaimWithThePrimarysDecisionInLoops2320And2430() {
        String x12 = writer.toX12(ClaimSamples.batch(List.of(ClaimSamples.janeDoeToHerSecondary("PCN2001"))));

        List<String> segments = segments(x12);
        int claim = segments.indexOf("CLM*PCN2001*175.50***11:B:1*Y*A*Y*Y");
        assertTrue(segments.contains("SBR*S*18*******CI"), "the claim goes to the secondary payer: " + segments);
        assertTrue(segments.contains("NM1*PR*2*SIMSUPP SUPPLEMENTAL*****PI*SIMSUPP"));
        assertEquals(
                List.of(
                        "SBR*P*18*G1******CI",
                        "AMT*D*140",
                        "OI***Y***Y",
                        "NM1*IL*1*Doe*Jane****MI*M123456",
                        "NM1*PR*2*SIMCOMM HEALTH*****PI*SIMCOMM",
                        "LX*1"),
                segments.subList(claim + 4, claim + 10));
        int firstLine = segments.indexOf("REF*6R*PCN2001-1");
        assertEquals(
                List.of("SVD*SIMCOMM*120*HC:99213:25**1", "CAS*CO*45*20", "CAS*PR*2*10", "DTP*573*D8*20261120", "LX*2"),
                segments.subList(firstLine + 1, firstLine + 6));
        int secondLine = segments.indexOf("REF*6R*PCN2001-2");
        assertEquals(
                List.of("SVD*SIMCOMM*20*HC:G0008**1", "CAS*PR*1*5.50", "DTP*573*D8*20261120"),
                segments.subList(secondLine + 1, secondLine + 4));
    }

    @Test
    void writesAPriorPayersNegativeAdjustmentsToTheCent() {
        // SIMCOMM gave back 1.50 (OA-23 -1.50) on 99213 against 21.50 contractual: 120 + 21.50 + 10 - 1.50 = 150;
        // and at claim level 0.05 (OA-94 -0.05) it had kept, against 0.05 contractual.
        ProfessionalClaim secondary = ClaimSamples.janeDoeToHerSecondary("PCN2003");
        ServiceLine visit = secondary.lines().get(0);
        LineAdjudication decided = visit.priorAdjudications().get(0);
        ServiceLine givenBack = ClaimSamples.withPriorDecision(
                visit,
                new LineAdjudication(
                        "SIMCOMM",
                        decided.paidCents(),
                        decided.procedureCode(),
                        decided.modifiers(),
                        decided.paidUnits(),
                        List.of(
                                Adjustment.of("CO", "45", 2150),
                                Adjustment.of("PR", "2", 1000),
                                Adjustment.of("OA", "23", -150)),
                        decided.adjudicatedOn()));
        OtherPayer simcomm = secondary.otherPayers().get(0);
        OtherPayer claimLevel = new OtherPayer(
                simcomm.payerResponsibility(),
                simcomm.relationshipCode(),
                simcomm.groupNumber(),
                simcomm.claimFilingIndicator(),
                simcomm.memberId(),
                simcomm.subscriberFirstName(),
                simcomm.subscriberLastName(),
                simcomm.payerName(),
                simcomm.payerId(),
                simcomm.adjudicatedOn(),
                simcomm.paidCents(),
                List.of(Adjustment.of("CO", "45", 5), Adjustment.of("OA", "94", -5)));
        ProfessionalClaim claim = new ProfessionalClaim(
                secondary.billingProvider(),
                secondary.subscriber(),
                null,
                "PCN2003",
                secondary.totalChargeCents(),
                secondary.placeOfService(),
                secondary.frequencyCode(),
                null,
                secondary.diagnoses(),
                secondary.renderingProvider(),
                List.of(givenBack, secondary.lines().get(1)),
                List.of(claimLevel));

        List<String> segments = segments(writer.toX12(ClaimSamples.batch(List.of(claim))));

        int sbr = segments.indexOf("SBR*P*18*G1******CI");
        assertEquals(
                List.of("CAS*CO*45*0.05", "CAS*OA*94*-0.05", "AMT*D*140"),
                segments.subList(sbr + 1, sbr + 4),
                segments.toString());
        int firstLine = segments.indexOf("REF*6R*PCN2003-1");
        assertEquals(
                List.of("SVD*SIMCOMM*120*HC:99213:25**1", "CAS*CO*45*21.50", "CAS*PR*2*10", "CAS*OA*23*-1.50"),
                segments.subList(firstLine + 1, firstLine + 5));
        assertEquals(
                claim,
                new ProfessionalClaimReader()
                        .read(writer.toX12(ClaimSamples.batch(List.of(claim))))
                        .single()
                        .claims()
                        .get(0));
    }

    @Test
    void refusesANegativeChargeClearlyAsNoPayerTakesOne() {
        ProfessionalClaim good = ClaimSamples.janeDoe("PCN1005", ClaimSamples.janeAsSubscriber(), null);
        ServiceLine visit = good.lines().get(0);
        ServiceLine credit = new ServiceLine(
                1,
                visit.procedureCode(),
                visit.modifiers(),
                -150,
                visit.units(),
                null,
                visit.diagnosisPointers(),
                visit.dateOfService(),
                visit.lineControlNumber());
        ProfessionalClaim negativeLine = new ProfessionalClaim(
                good.billingProvider(),
                good.subscriber(),
                null,
                "PCN1005",
                2400,
                "11",
                "1",
                null,
                good.diagnoses(),
                null,
                List.of(credit, good.lines().get(1)));
        IllegalArgumentException line = assertThrows(
                IllegalArgumentException.class, () -> writer.toX12(ClaimSamples.batch(List.of(negativeLine))));
        assertEquals("line 1 SV102 charge cannot be negative, was -1.50", line.getMessage());

        ProfessionalClaim negativeTotal = new ProfessionalClaim(
                good.billingProvider(),
                good.subscriber(),
                null,
                "PCN1005",
                -150,
                "11",
                "1",
                null,
                good.diagnoses(),
                null,
                List.of(credit));
        IllegalArgumentException total = assertThrows(
                IllegalArgumentException.class, () -> writer.toX12(ClaimSamples.batch(List.of(negativeTotal))));
        assertEquals("claim PCN1005 CLM02 total charge cannot be negative, was -1.50", total.getMessage());
    }

    @Test
    void refusesASecondaryClaimWhosePriorPayerDoesNotBalance() {
        ProfessionalClaim good = ClaimSamples.janeDoeToHerSecondary("PCN2002");
        OtherPayer overpaid = new OtherPayer(
                "P", "18", "G1", "CI", "M123456", "Jane", "Doe", "SIMCOMM HEALTH", "SIMCOMM", null, 15000, List.of());
        ProfessionalClaim claim = new ProfessionalClaim(
                good.billingProvider(),
                good.subscriber(),
                null,
                "PCN2002",
                17550,
                "11",
                "1",
                null,
                good.diagnoses(),
                null,
                good.lines(),
                List.of(overpaid));

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> writer.toX12(ClaimSamples.batch(List.of(claim))));
        assertTrue(
                refused.getMessage().contains("is not payer SIMCOMM's paid amount plus its adjustments (18550)"),
                refused.getMessage());

        OtherPayer decidedWithoutDate = new OtherPayer(
                "P",
                "18",
                "G1",
                "CI",
                "M123456",
                "Jane",
                "Doe",
                "SIMCOMM HEALTH",
                "SIMCOMM",
                null,
                0,
                List.of(Adjustment.of("CO", "27", 17550)));
        ProfessionalClaim claimLevelOnly = new ProfessionalClaim(
                good.billingProvider(),
                good.subscriber(),
                null,
                "PCN2002",
                17550,
                "11",
                "1",
                null,
                good.diagnoses(),
                null,
                ClaimSamples.janeDoe("PCN2002", good.subscriber(), null).lines(),
                List.of(decidedWithoutDate));
        IllegalArgumentException undated = assertThrows(
                IllegalArgumentException.class, () -> writer.toX12(ClaimSamples.batch(List.of(claimLevelOnly))));
        assertTrue(undated.getMessage().contains("DTP*573"), undated.getMessage());
    }
}
