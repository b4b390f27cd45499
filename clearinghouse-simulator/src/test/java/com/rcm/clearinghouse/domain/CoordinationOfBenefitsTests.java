package com.rcm.clearinghouse.domain;

import static com.rcm.clearinghouse.domain.ClaimFixtures.claim;
import static com.rcm.clearinghouse.domain.ClaimFixtures.co;
import static com.rcm.clearinghouse.domain.ClaimFixtures.decision;
import static com.rcm.clearinghouse.domain.ClaimFixtures.deductible;
import static com.rcm.clearinghouse.domain.ClaimFixtures.line;
import static com.rcm.clearinghouse.domain.ClaimFixtures.oa;
import static com.rcm.clearinghouse.domain.ClaimFixtures.payer;
import static com.rcm.clearinghouse.domain.ClaimFixtures.pr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A contract payer after others, with a contract anyone can price by hand: allowed 80% of the charge,
 * coinsurance 20% of allowed, so a 150.00 visit is allowed 120.00 and its own benefit is 96.00.
 */
class CoordinationOfBenefitsTests {
    private static final PayerRules RULES = new PayerRules(new PayerContract(80, 20), Set.of("97810"));

    @Test
    void standardPaysItsOwnBenefitUpToTheBalanceAndNonDuplicationOnlyWhatItExceedsThePriorPayment() {
        // own benefit, balance left to the patient, paid by the prior payers -> standard, non-duplication
        assertEquals(List.of(6400L, 1600L), paid(7200, 6400, 5600), "72 - 56 = 16, under the 64 balance");
        assertEquals(List.of(2400L, 0L), paid(7200, 2400, 9600), "the prior payer paid more than its own benefit");
        assertEquals(List.of(3000L, 2000L), paid(3000, 5000, 1000), "own benefit under the balance");
        assertEquals(List.of(4000L, 4000L), paid(9000, 4000, 1000), "never more than the balance");
    }

    @Test
    void onASecondaryClaimThePatientKeepsWhatItDoesNotPayOfTheBalanceAndTheRestIsThePrimarysDoing() {
        // The primary allowed 120.00 of 150.00, applied 50.00 deductible, paid 56.00 and left 64.00 to the patient.
        ReceivedClaim claim = claim(
                "SIMCOMM",
                PayerOrder.SECONDARY,
                List.of(payer("SIMMCARE", PayerOrder.PRIMARY, 5600)),
                line(15000, decision("SIMMCARE", 5600, co(3000), deductible(5000), pr(1400))));
        ClaimDecision asPrimary = RULES.decide(claim, MemberBenefits.NONE, false);
        assertEquals(9600, asPrimary.paidCents(), "its own benefit");

        // Standard: min(96.00, 64.00) = 64.00; nothing left to the patient; 150 - 64 = 86.00 OA-23.
        ClaimDecision standard = CoordinationOfBenefits.STANDARD.coordinate(asPrimary);
        assertEquals(
                List.of(new LineAdjustment("OA", "23", 8600)),
                standard.lines().get(0).adjustments());
        assertEquals(List.of(6400L, 0L), List.of(standard.paidCents(), standard.patientResponsibilityCents()));

        // Non-duplication: 96.00 - 56.00 = 40.00; the patient keeps 24.00 of the 64.00; OA-23 86.00.
        ClaimDecision nonDuplication = CoordinationOfBenefits.NON_DUPLICATION.coordinate(asPrimary);
        assertEquals(
                List.of(new LineAdjustment("PR", "2", 2400), new LineAdjustment("OA", "23", 8600)),
                nonDuplication.lines().get(0).adjustments());
        assertEquals(
                List.of(4000L, 2400L),
                List.of(nonDuplication.paidCents(), nonDuplication.patientResponsibilityCents()));
        assertBalances(standard);
        assertBalances(nonDuplication);
    }

    @Test
    void whatThePatientKeepsIsItsOwnDeductibleAndCopayFirstAndCoinsuranceAfter() {
        // The primary paid nothing: 120.00 deductible, 30.00 over its contract. As primary this plan would
        // take a 25.00 copay and 50.00 deductible of its 120.00 allowed, 20% of the 45.00 left (9.00), pay 36.00.
        ReceivedClaim claim = claim(
                "SIMCOMM",
                PayerOrder.SECONDARY,
                List.of(payer("SIMMCARE", PayerOrder.PRIMARY, 0)),
                line(15000, decision("SIMMCARE", 0, co(3000), deductible(12000))));
        ClaimDecision asPrimary = RULES.decide(claim, new MemberBenefits(5000, 2500), false);

        ClaimDecision decided = CoordinationOfBenefits.STANDARD.coordinate(asPrimary);
        // Paid min(36.00, 120.00); the patient keeps 84.00 = 50.00 deductible + 25.00 copay + 9.00 coinsurance.
        assertEquals(3600, decided.paidCents());
        assertEquals(
                List.of(
                        new LineAdjustment("PR", "1", 5000),
                        new LineAdjustment("PR", "2", 900),
                        new LineAdjustment("PR", "3", 2500),
                        new LineAdjustment("OA", "23", 3000)),
                decided.lines().get(0).adjustments());
        assertBalances(decided);
    }

    @Test
    void onATertiaryClaimTheBalanceIsTheSecondarysAndNonDuplicationSubtractsWhatBothPaid() {
        // The primary paid 96.00 and left 24.00; the secondary paid 12.00 of it and left 12.00.
        ReceivedClaim claim = claim(
                "SIMMCARE",
                PayerOrder.TERTIARY,
                List.of(payer("SIMCOMM", PayerOrder.PRIMARY, 9600), payer("SIMSUPP", PayerOrder.SECONDARY, 1200)),
                line(
                        15000,
                        decision("SIMCOMM", 9600, co(3000), pr(2400)),
                        decision("SIMSUPP", 1200, pr(1200), oa(12600))));
        ClaimDecision asPrimary = RULES.decide(claim, MemberBenefits.NONE, false);

        ClaimDecision standard = CoordinationOfBenefits.STANDARD.coordinate(asPrimary);
        assertEquals(
                List.of(new LineAdjustment("OA", "23", 13800)),
                standard.lines().get(0).adjustments());
        assertEquals(1200, standard.paidCents(), "min(96.00, 12.00)");
        ClaimDecision nonDuplication = CoordinationOfBenefits.NON_DUPLICATION.coordinate(asPrimary);
        assertEquals(0, nonDuplication.paidCents(), "96.00 - (96.00 + 12.00) is nothing");
        assertEquals(
                List.of(new LineAdjustment("PR", "2", 1200), new LineAdjustment("OA", "23", 13800)),
                nonDuplication.lines().get(0).adjustments());
        assertTrue(!nonDuplication.denied(), "paid nothing, yet decided: CLP02 3, not 4");
    }

    @Test
    void whatAPayerPaidAtClaimLevelOnlyCountsFromTheFirstLineOn() {
        // SIMCOMM paid 160.00 with no 2430 loop; SIMSUPP paid 10.00 on the second line.
        ReceivedClaim claim = claim(
                "SIMMCARE",
                PayerOrder.TERTIARY,
                List.of(
                        payer("SIMCOMM", PayerOrder.PRIMARY, 16000, co(1500), pr(1000)),
                        payer("SIMSUPP", PayerOrder.SECONDARY, 1000)),
                line(15000),
                line("G0008", List.of(), 3500, decision("SIMSUPP", 1000, oa(2500))));

        assertArrayEquals(
                new long[] {15000, 2000},
                PriorPayerShares.paidPerLine(claim),
                "150.00 fills the first line, 10.00 of SIMCOMM's goes on the second after SIMSUPP's 10.00");
    }

    @Test
    void linesItDeniesAsPrimaryStayDeniedAndAClaimWithoutPriorPayersIsDeniedCo22() {
        ReceivedClaim claim = claim(
                "SIMCOMM",
                PayerOrder.SECONDARY,
                List.of(payer("SIMMCARE", PayerOrder.PRIMARY, 9600)),
                line(15000, decision("SIMMCARE", 9600, co(3000), pr(2400))),
                line("97810", List.of(), 5000, decision("SIMMCARE", 0, co(5000))));
        ClaimDecision decided =
                CoordinationOfBenefits.STANDARD.coordinate(RULES.decide(claim, MemberBenefits.NONE, false));
        assertEquals(
                List.of(new LineAdjustment("CO", "96", 5000)),
                decided.lines().get(1).adjustments());
        assertEquals(2400, decided.paidCents());

        ReceivedClaim withoutPriorPayer = claim("SIMCOMM", PayerOrder.SECONDARY, List.of(), line(15000));
        ClaimDecision denied = CoordinationOfBenefits.NON_DUPLICATION.coordinate(
                RULES.decide(withoutPriorPayer, MemberBenefits.NONE, false));
        assertTrue(denied.denied());
        assertEquals(
                List.of(new LineAdjustment("CO", "22", 15000)),
                denied.lines().get(0).adjustments());
        assertEquals("MA04", denied.lines().get(0).remarkCode());

        ClaimDecision duplicate = RULES.decide(claim, MemberBenefits.NONE, true);
        assertSame(duplicate, CoordinationOfBenefits.STANDARD.coordinate(duplicate), "a duplicate stays CO-18");
    }

    private static List<Long> paid(long ownBenefit, long balance, long priorPaid) {
        return List.of(
                CoordinationOfBenefits.STANDARD.paidCents(ownBenefit, balance, priorPaid),
                CoordinationOfBenefits.NON_DUPLICATION.paidCents(ownBenefit, balance, priorPaid));
    }

    private static void assertBalances(ClaimDecision decided) {
        for (PayerContract.LineDecision line : decided.lines()) {
            assertEquals(
                    line.chargeCents(),
                    line.paidCents()
                            + line.adjustments().stream()
                                    .mapToLong(LineAdjustment::cents)
                                    .sum(),
                    "charge = paid + CAS: " + line);
        }
    }
}
