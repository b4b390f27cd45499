package com.rcm.x12.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.Conformance;
import com.rcm.x12.X12ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfessionalClaimReaderTests {

    private final ProfessionalClaimWriter writer = new ProfessionalClaimWriter();
    private final ProfessionalClaimReader reader = new ProfessionalClaimReader();

    @Test
    void roundTripsTheContractEncounter() {
        ProfessionalClaimBatch sent =
                ClaimSamples.batch(List.of(ClaimSamples.janeDoe("PCN1001", ClaimSamples.janeAsSubscriber(), null)));

        X12ReadResult<ProfessionalClaimBatch> result = reader.read(writer.toX12(sent));

        assertTrue(result.isValid(), () -> result.issues().toString());
        ProfessionalClaimBatch received = result.single();
        assertEquals(sent, received);
        ProfessionalClaim claim = received.claims().get(0);
        assertEquals("PCN1001", claim.patientControlNumber());
        assertEquals(17550, claim.totalChargeCents());
        assertEquals(List.of("E119", "I10"), claim.diagnoses());
        assertEquals("1245319599", claim.billingProvider().npi());
        assertEquals("M123456", claim.subscriber().memberId());
        assertEquals("SIMCOMM", claim.subscriber().payerId());
        assertNull(claim.patient());
        assertEquals("18", claim.relationshipCode());
        ServiceLine first = claim.lines().get(0);
        assertEquals("99213", first.procedureCode());
        assertEquals(List.of("25"), first.modifiers());
        assertEquals(15000, first.chargeCents());
        assertEquals(BigDecimal.ONE, first.units());
        assertEquals(List.of(1, 2), first.diagnosisPointers());
        assertEquals("PCN1001-1", first.lineControlNumber());
        assertEquals("G0008", claim.lines().get(1).procedureCode());
        assertEquals(List.of(1), claim.lines().get(1).diagnosisPointers());
    }

    @Test
    void roundTripsADependentPatientAndAMixedBatch() {
        ProfessionalClaimBatch sent = ClaimSamples.batch(List.of(
                ClaimSamples.janeDoe("PCN1", ClaimSamples.janeAsSubscriber(), null),
                ClaimSamples.janeDoe("PCN2", ClaimSamples.johnAsSubscriber(), ClaimSamples.janeAsSpouse()),
                ClaimSamples.janeDoe("PCN3", ClaimSamples.janeAsSubscriber(), null)));

        ProfessionalClaimBatch received = reader.read(writer.toX12(sent)).single();

        // The writer groups PCN1 and PCN3 under one subscriber loop, so they come back first.
        assertEquals(
                List.of("PCN1", "PCN3", "PCN2"),
                received.claims().stream()
                        .map(ProfessionalClaim::patientControlNumber)
                        .toList());
        ProfessionalClaim dependent = received.claims().get(2);
        assertEquals(sent.claims().get(1), dependent);
        assertEquals("01", dependent.relationshipCode());
        assertEquals("Jane", dependent.patient().firstName());
        assertEquals(LocalDate.of(1980, 4, 1), dependent.patient().dateOfBirth());
        assertEquals("John", dependent.subscriber().firstName());
        assertEquals("M999000", dependent.subscriber().memberId());
    }

    @Test
    void readsEveryConformanceSample() throws IOException {
        List<Path> files = Conformance.files("837p");
        assertEquals(16, files.size());
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                X12ReadResult<ProfessionalClaimBatch> result = reader.read(in);
                assertEquals(1, result.transactions().size(), file.toString());
                List<ProfessionalClaim> claims = result.single().claims();
                assertFalse(claims.isEmpty(), file.toString());
                for (ProfessionalClaim claim : claims) {
                    assertFalse(claim.patientControlNumber().isEmpty(), file.toString());
                    assertFalse(claim.lines().isEmpty(), file.toString());
                    assertFalse(claim.diagnoses().isEmpty(), file.toString());
                    assertFalse(claim.subscriber().memberId().isEmpty(), file.toString());
                    assertNotNull(claim.lines().get(0).dateOfService(), file.toString());
                }
            }
        }
    }

    @Test
    void readsTheCommercialSampleWithItsDependentPatient() throws IOException {
        ProfessionalClaim claim;
        try (InputStream in = Files.newInputStream(Conformance.file("837p", "commercial-health-insurance.edi"))) {
            claim = reader.read(in).single().claims().get(0);
        }
        assertEquals("26463774", claim.patientControlNumber());
        assertEquals(10000, claim.totalChargeCents());
        assertEquals(List.of("0340", "V7389"), claim.diagnoses());
        assertEquals("9876543210", claim.billingProvider().npi());
        assertEquals("587654321", claim.billingProvider().taxId());
        assertEquals("JS00111223333", claim.subscriber().memberId());
        assertEquals("999996666", claim.subscriber().payerId());
        assertEquals("19", claim.patient().relationshipCode());
        assertEquals("TED", claim.patient().firstName());
        assertEquals(
                List.of("99213", "87070", "99214", "86663"),
                claim.lines().stream().map(ServiceLine::procedureCode).toList());
        assertEquals(
                List.of(4000L, 1500L, 3500L, 1000L),
                claim.lines().stream().map(ServiceLine::chargeCents).toList());
        assertEquals(claim.totalChargeCents(), claim.lineChargeCents());
    }

    @Test
    void roundTripsASecondaryClaimWithItsPriorPayersDecisions() {
        ProfessionalClaimBatch sent = ClaimSamples.batch(List.of(ClaimSamples.janeDoeToHerSecondary("PCN2001")));

        X12ReadResult<ProfessionalClaimBatch> result = reader.read(writer.toX12(sent));

        assertTrue(result.isValid(), () -> result.issues().toString());
        ProfessionalClaim claim = result.single().claims().get(0);
        assertEquals(sent.claims().get(0), claim);
        assertEquals("S", claim.subscriber().payerResponsibility());
        OtherPayer primary = claim.otherPayers().get(0);
        assertEquals("SIMCOMM", primary.payerId());
        assertEquals(14000, primary.paidCents());
        LineAdjudication decided = claim.lines().get(0).priorAdjudications().get(0);
        assertEquals(12000, decided.paidCents());
        assertEquals(3000, decided.adjustedCents());
        assertEquals(ClaimSamples.PRIMARY_DECIDED, decided.adjudicatedOn());
    }

    @Test
    void readsThePriorPayersOfTheCoordinationOfBenefitsSamples() throws IOException {
        ProfessionalClaim medicareSecondary;
        try (InputStream in = Files.newInputStream(Conformance.file("837p", "medicare-secondary-payer-COB.edi"))) {
            medicareSecondary = reader.read(in).single().claims().get(0);
        }
        assertEquals("S", medicareSecondary.subscriber().payerResponsibility());
        assertEquals("12", medicareSecondary.subscriber().insuranceTypeCode(), "working aged: why Medicare is second");
        OtherPayer commerce = medicareSecondary.otherPayers().get(0);
        assertEquals("59999", commerce.payerId());
        assertEquals("COM188-404777", commerce.memberId());
        assertEquals(8000, commerce.paidCents());
        LineAdjudication line =
                medicareSecondary.lines().get(0).priorAdjudications().get(0);
        assertEquals("59999", line.payerId());
        assertEquals(List.of("25"), line.modifiers());
        assertEquals(4000, line.adjustedCents());
        assertEquals(LocalDate.of(2005, 1, 28), line.adjudicatedOn());

        ProfessionalClaim payerToPayer;
        try (InputStream in = Files.newInputStream(
                Conformance.file("837p", "COB-claim-from-payer-a-to-payer-b-in-payer-to-payer.edi"))) {
            payerToPayer = reader.read(in).single().claims().get(0);
        }
        OtherPayer keyInsurance = payerToPayer.otherPayers().get(0);
        assertEquals(3915, keyInsurance.paidCents());
        assertEquals(3689, keyInsurance.adjustedCents(), "claim-level deductible and coinsurance");
        long lineAdjusted = payerToPayer.lines().stream()
                .flatMap(l -> l.priorAdjudications().stream())
                .mapToLong(LineAdjudication::adjustedCents)
                .sum();
        // The guide's balance: charge = paid + claim-level + line-level adjustments.
        assertEquals(
                payerToPayer.totalChargeCents(),
                keyInsurance.paidCents() + keyInsurance.adjustedCents() + lineAdjusted);
    }

    @Test
    void keepsClaimLevelPartiesApartFromOtherPayerLoops() throws IOException {
        ProfessionalClaim claim;
        try (InputStream in =
                Files.newInputStream(Conformance.file("837p", "COB-claim-from-billing-provider-to-payer-a.edi"))) {
            claim = reader.read(in).single().claims().get(0);
        }
        // 2330A names JACK SMITH as the other subscriber; the claim's subscriber is still JANE.
        assertEquals("JANE", claim.subscriber().firstName());
        assertEquals("111223333", claim.subscriber().memberId());
        assertEquals("1999996666", claim.renderingProvider().npi());
        assertEquals("204C00000X", claim.renderingProvider().taxonomyCode());
        assertEquals(List.of(1, 2, 3, 4), claim.lines().get(0).diagnosisPointers());
        assertEquals(7904, claim.totalChargeCents());
    }

    @Test
    void readsModifiersUnitsAndLineControlNumbersFromSamples() throws IOException {
        ProfessionalClaim ambulance;
        try (InputStream in = Files.newInputStream(Conformance.file("837p", "ambulance.edi"))) {
            ambulance = reader.read(in).single().claims().get(0);
        }
        ServiceLine mileage = ambulance.lines().get(1);
        assertEquals("A0425", mileage.procedureCode());
        assertEquals(List.of("RH"), mileage.modifiers());
        assertEquals(820, mileage.chargeCents());
        assertEquals(new BigDecimal("21"), mileage.units());
        assertEquals("1002", mileage.lineControlNumber());
        assertEquals("41", ambulance.placeOfService());

        ProfessionalClaim anesthesia;
        try (InputStream in = Files.newInputStream(Conformance.file("837p", "anesthesia.edi"))) {
            anesthesia = reader.read(in).single().claims().get(0);
        }
        assertEquals(List.of("QK", "QS", "P1"), anesthesia.lines().get(0).modifiers());
        assertEquals(new BigDecimal("61"), anesthesia.lines().get(0).units());
    }
}
