package com.rcm.clearinghouse.domain;

import static com.rcm.clearinghouse.domain.ClaimFixtures.claim;
import static com.rcm.clearinghouse.domain.ClaimFixtures.co;
import static com.rcm.clearinghouse.domain.ClaimFixtures.decision;
import static com.rcm.clearinghouse.domain.ClaimFixtures.line;
import static com.rcm.clearinghouse.domain.ClaimFixtures.payer;
import static com.rcm.clearinghouse.domain.ClaimFixtures.pr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The front end's COB balance: each 2430 line and each 2320 payer must account for the charge. */
class PriorPayerBalanceTests {

    @Test
    void loopsThatAccountForEveryChargeBalance() {
        // 150.00 = 96.00 paid + 30.00 + 24.00 on the line, and the claim the same.
        assertEquals(
                Optional.empty(),
                PriorPayerBalance.firstImbalance(claim(
                        "SIMSUPP",
                        PayerOrder.SECONDARY,
                        List.of(payer("SIMCOMM", PayerOrder.PRIMARY, 9600)),
                        line(15000, decision("SIMCOMM", 9600, co(3000), pr(2400))))));
        // Decided at claim level only: 185.00 = 118.40 paid + 37.00 + 29.60.
        assertEquals(
                Optional.empty(),
                PriorPayerBalance.firstImbalance(claim(
                        "SIMSUPP",
                        PayerOrder.SECONDARY,
                        List.of(payer("SIMCOMM", PayerOrder.PRIMARY, 11840, co(3700), pr(2960))),
                        line(15000),
                        line(3500))));
        assertEquals(
                Optional.empty(),
                PriorPayerBalance.firstImbalance(claim("SIMCOMM", PayerOrder.PRIMARY, List.of(), line(15000))),
                "no payer before, nothing to balance");
    }

    @Test
    void aLineWhosePaidAndAdjustmentsMissItsChargeDoesNotBalance() {
        // SVD02 90.00 + 54.00 of CAS is 144.00, not 150.00; the claim level (AMT*D 96.00 + 54.00) would balance.
        assertEquals(
                Optional.of("line 1 charge 150 is not payer SIMCOMM's paid 90 plus adjustments 54"),
                PriorPayerBalance.firstImbalance(claim(
                        "SIMSUPP",
                        PayerOrder.SECONDARY,
                        List.of(payer("SIMCOMM", PayerOrder.PRIMARY, 9600)),
                        line(15000, decision("SIMCOMM", 9000, co(3000), pr(2400))))));
    }

    @Test
    void aPayerWhosePaidAmountAndAdjustmentsMissTheClaimChargeDoesNotBalance() {
        assertEquals(
                Optional.of("claim charge 150 is not payer SIMCOMM's paid 100 plus adjustments 54"),
                PriorPayerBalance.firstImbalance(claim(
                        "SIMSUPP",
                        PayerOrder.SECONDARY,
                        List.of(payer("SIMCOMM", PayerOrder.PRIMARY, 10000)),
                        line(15000, decision("SIMCOMM", 9600, co(3000), pr(2400))))));
    }

    @Test
    void namesTheAmountsAsX12WritesMoneyNegativeOnesToo() {
        // 150.00 is not 96.00 paid + 30.00 + 24.05 - 1.50 (a negative CAS, money the payer gave back).
        assertEquals(
                Optional.of("line 1 charge 150 is not payer SIMCOMM's paid 96 plus adjustments 52.55"),
                PriorPayerBalance.firstImbalance(claim(
                        "SIMSUPP",
                        PayerOrder.SECONDARY,
                        List.of(payer("SIMCOMM", PayerOrder.PRIMARY, 9600)),
                        line(15000, decision("SIMCOMM", 9600, co(3000), pr(2405), co(-150))))));
        assertEquals(
                Optional.of("claim charge 150 is not payer SIMCOMM's paid -1.50 plus adjustments 54"),
                PriorPayerBalance.firstImbalance(claim(
                        "SIMSUPP",
                        PayerOrder.SECONDARY,
                        List.of(payer("SIMCOMM", PayerOrder.PRIMARY, -150)),
                        line(15000, decision("SIMCOMM", 9600, co(3000), pr(2400))))));
    }
}
