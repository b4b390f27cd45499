package com.rcm.x12.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.Fixtures;
import com.rcm.x12.SchemaChecks;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.remittance.Adjustment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own 837P: Riverbend Pediatrics bills a child's visit to her father's plan, and sends a
 * second claim on to the mother's supplemental plan with what the primary payer decided (2320/2330/2430).
 */
class ClaimFixtureTests {
    private static final String FILE = "riverbend-dependent-and-secondary-with-cob.edi";
    private static X12ReadResult<ProfessionalClaimBatch> result;

    @BeforeAll
    static void read() {
        result = new ProfessionalClaimReader().read(Fixtures.text("837p", FILE));
    }

    @Test
    void theFileIsOneValidBatchOfTwoClaims() {
        assertTrue(result.isValid(), () -> SchemaChecks.describe(result.issues()));
        ProfessionalClaimBatch batch = result.single();
        assertEquals("RBP20260330A", batch.batchReference());
        assertEquals(310, batch.envelope().interchangeControlNumber());
        assertEquals(
                List.of("RB26030901", "RB26030904"),
                batch.claims().stream()
                        .map(ProfessionalClaim::patientControlNumber)
                        .toList());
        assertEquals(
                37500,
                batch.claims().stream()
                        .mapToLong(ProfessionalClaim::totalChargeCents)
                        .sum());
    }

    @Test
    void theFirstClaimIsTheDaughtersVisitOnHerFathersPlan() {
        ProfessionalClaim claim = result.single().claims().get(0);
        assertEquals("1634529089", claim.billingProvider().npi());
        assertEquals("LKMUT", claim.subscriber().payerId());
        assertEquals("LKM44817302", claim.subscriber().memberId());
        assertEquals("Elin", claim.patient().firstName());
        assertEquals(LocalDate.of(2019, 2, 14), claim.patient().dateOfBirth());
        assertEquals("19", claim.relationshipCode());
        assertEquals(List.of("J069", "Z23"), claim.diagnoses());
        assertEquals(21000, claim.totalChargeCents());
        assertEquals(claim.totalChargeCents(), claim.lineChargeCents(), "lines add up to the claim charge");
        assertEquals(
                List.of("RB26030901-1", "RB26030901-2"),
                claim.lines().stream().map(ServiceLine::lineControlNumber).toList());
        assertTrue(claim.otherPayers().isEmpty(), "a claim to the primary payer carries no COB loops");
    }

    @Test
    void theSecondClaimCarriesThePrimaryPayersDecisions() {
        ProfessionalClaim claim = result.single().claims().get(1);
        assertEquals("S", claim.subscriber().payerResponsibility());
        assertEquals("NGSUP", claim.subscriber().payerId());
        assertEquals(16500, claim.totalChargeCents());

        OtherPayer primary = claim.otherPayers().get(0);
        assertEquals(1, claim.otherPayers().size());
        assertEquals("LKMUT", primary.payerId());
        assertEquals("LKM55190866", primary.memberId());
        assertEquals("GRP5520", primary.groupNumber());
        assertEquals(9800, primary.paidCents());

        LineAdjudication visit = claim.lines().get(0).priorAdjudications().get(0);
        assertEquals(8000, visit.paidCents());
        assertEquals(List.of(Adjustment.of("CO", "45", 3000), Adjustment.of("PR", "3", 2000)), visit.adjustments());
        assertEquals(LocalDate.of(2026, 3, 27), visit.adjudicatedOn());
        LineAdjudication therapy = claim.lines().get(1).priorAdjudications().get(0);
        assertEquals(new BigDecimal("2"), therapy.paidUnits());
        assertEquals(List.of("GP"), therapy.modifiers());

        // The guide's COB balance: each line's charge is what the primary paid plus what it adjusted,
        // and the claim's AMT*D is the sum of the lines' payments.
        for (ServiceLine line : claim.lines()) {
            LineAdjudication decided = line.priorAdjudications().get(0);
            assertEquals(line.chargeCents(), decided.paidCents() + decided.adjustedCents(), line.lineControlNumber());
        }
        assertEquals(
                primary.paidCents(),
                claim.lines().stream()
                        .mapToLong(line -> line.priorAdjudications().get(0).paidCents())
                        .sum());
    }

    @Test
    void writingWhatWasReadGivesTheSameClaims() {
        ProfessionalClaimBatch batch = result.single();
        String written = new ProfessionalClaimWriter().toX12(batch);
        assertEquals(
                batch.claims(),
                new ProfessionalClaimReader().read(written).single().claims());
    }
}
