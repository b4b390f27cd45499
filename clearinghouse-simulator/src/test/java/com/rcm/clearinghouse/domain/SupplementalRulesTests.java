package com.rcm.clearinghouse.domain;

import static com.rcm.clearinghouse.domain.ClaimFixtures.claim;
import static com.rcm.clearinghouse.domain.ClaimFixtures.co;
import static com.rcm.clearinghouse.domain.ClaimFixtures.decision;
import static com.rcm.clearinghouse.domain.ClaimFixtures.line;
import static com.rcm.clearinghouse.domain.ClaimFixtures.oa;
import static com.rcm.clearinghouse.domain.ClaimFixtures.pr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a supplemental payer takes the patient's remaining share to be, and what it pays of it. */
class SupplementalRulesTests {
    private static final SupplementalPayer HALF = new SupplementalPayer("SIMSUPP", "SIM SUPPLEMENTAL", 50);

    @Test
    void onATertiaryClaimOnlyWhatTheSecondaryLeftToThePatientCounts() {
        // The primary left 30.00 to the patient; the secondary paid 20.00 of it and left 10.00.
        ReceivedClaim claim = claim(
                "SIMSUPP",
                PayerOrder.TERTIARY,
                List.of(
                        new PriorPayer("SIMCOMM", PayerOrder.PRIMARY, 9600, List.of()),
                        new PriorPayer("OTHERSUPP", PayerOrder.SECONDARY, 2000, List.of())),
                line(
                        15000,
                        decision("SIMCOMM", 9600, pr(3000), co(2400)),
                        decision("OTHERSUPP", 2000, pr(1000), oa(12000))));

        ClaimDecision decided = new SupplementalRules(HALF).decide(claim, false);
        assertEquals(500, decided.paidCents());
        assertEquals(500, decided.patientResponsibilityCents());
        assertEquals(14000, decided.lines().get(0).otherPayersCents());
    }

    @Test
    void aClaimLevelPatientShareBeyondTheFirstLinesChargeGoesOnToTheNextLine() {
        ReceivedClaim claim = claim(
                "SIMSUPP",
                PayerOrder.SECONDARY,
                List.of(new PriorPayer("SIMCOMM", PayerOrder.PRIMARY, 0, List.of(pr(12000)))),
                line(10000),
                line(5000));

        assertArrayEquals(new long[] {10000, 2000}, PriorPayerShares.patientSharesLeft(claim));
        ClaimDecision decided = new SupplementalRules(HALF).decide(claim, false);
        assertEquals(
                List.of(new LineAdjustment("PR", "2", 1000), new LineAdjustment("OA", "23", 3000)),
                decided.lines().get(1).adjustments());
    }

    @Test
    void aSecondaryClaimWithoutThePrimarysDecisionIsDenied() {
        ClaimDecision decided = new SupplementalRules(HALF)
                .decide(claim("SIMSUPP", PayerOrder.SECONDARY, List.of(), line(15000)), false);
        assertTrue(decided.denied());
        assertEquals(
                List.of(new LineAdjustment("CO", "22", 15000)),
                decided.lines().get(0).adjustments());
    }
}
