package com.rcm.clearinghouse.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a supplemental payer takes the patient's remaining share to be, and what it pays of it. */
class SupplementalRulesTests {
    private static final SupplementalPayer HALF = new SupplementalPayer("SIMSUPP", "SIM SUPPLEMENTAL", 50);

    @Test
    void onATertiaryClaimOnlyWhatTheSecondaryLeftToThePatientCounts() {
        // The primary left 30.00 to the patient; the secondary paid 20.00 of it and left 10.00.
        ReceivedClaim claim = claim(PayerOrder.TERTIARY, List.of(
                new PriorPayer("SIMCOMM", PayerOrder.PRIMARY, 9600, List.of()),
                new PriorPayer("OTHERSUPP", PayerOrder.SECONDARY, 2000, List.of())),
                line(15000, decision("SIMCOMM", 9600, pr(3000), co(2400)), decision("OTHERSUPP", 2000, pr(1000),
                        oa(12000))));

        ClaimDecision decided = new SupplementalRules(HALF).decide(claim, false);
        assertEquals(500, decided.paidCents());
        assertEquals(500, decided.patientResponsibilityCents());
        assertEquals(14000, decided.lines().get(0).otherPayersCents());
    }

    @Test
    void aClaimLevelPatientShareBeyondTheFirstLinesChargeGoesOnToTheNextLine() {
        ReceivedClaim claim = claim(PayerOrder.SECONDARY, List.of(
                new PriorPayer("SIMCOMM", PayerOrder.PRIMARY, 0, List.of(pr(12000)))), line(10000), line(5000));

        assertArrayEquals(new long[] {10000, 2000}, SupplementalRules.patientSharesLeft(claim));
        ClaimDecision decided = new SupplementalRules(HALF).decide(claim, false);
        assertEquals(List.of(new LineAdjustment("PR", "2", 1000), new LineAdjustment("OA", "23", 3000)),
                decided.lines().get(1).adjustments());
    }

    @Test
    void aSecondaryClaimWithoutThePrimarysDecisionIsDenied() {
        ClaimDecision decided = new SupplementalRules(HALF).decide(claim(PayerOrder.SECONDARY, List.of(), line(15000)),
                false);
        assertTrue(decided.denied());
        assertEquals(List.of(new LineAdjustment("CO", "22", 15000)), decided.lines().get(0).adjustments());
    }

    private static ReceivedClaim claim(PayerOrder order, List<PriorPayer> priorPayers, ReceivedClaim.Line... lines) {
        long charge = List.of(lines).stream().mapToLong(ReceivedClaim.Line::chargeCents).sum();
        return new ReceivedClaim("BILLINGCO01PA", "Austin Family Medicine", "1111111112", "SIM SUPPLEMENTAL",
                "SIMSUPP", "M123456", "Doe", "Jane", "PA1", charge, "1", order, List.of(lines), priorPayers);
    }

    private static ReceivedClaim.Line line(long chargeCents, ReceivedClaim.PriorLineDecision... decided) {
        return new ReceivedClaim.Line("99213", List.of(), chargeCents, BigDecimal.ONE, LocalDate.of(2026, 12, 1),
                null, List.of(decided));
    }

    private static ReceivedClaim.PriorLineDecision decision(String payerId, long paid, LineAdjustment... adjustments) {
        return new ReceivedClaim.PriorLineDecision(payerId, paid, List.of(adjustments));
    }

    private static LineAdjustment pr(long cents) {
        return new LineAdjustment("PR", "2", cents);
    }

    private static LineAdjustment co(long cents) {
        return new LineAdjustment("CO", "45", cents);
    }

    private static LineAdjustment oa(long cents) {
        return new LineAdjustment("OA", "23", cents);
    }
}
