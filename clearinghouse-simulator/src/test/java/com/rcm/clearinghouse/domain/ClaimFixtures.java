package com.rcm.clearinghouse.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Claims as the clearinghouse reads them, with what prior payers decided, built by hand for domain tests. */
final class ClaimFixtures {

    /** A claim to {@code payerId} for member M123456, its charge the sum of its lines'. */
    static ReceivedClaim claim(
            String payerId, PayerOrder order, List<PriorPayer> priorPayers, ReceivedClaim.Line... lines) {
        long charge = List.of(lines).stream()
                .mapToLong(ReceivedClaim.Line::chargeCents)
                .sum();
        return new ReceivedClaim(
                "BILLINGCO01PA",
                "Austin Family Medicine",
                "1111111112",
                payerId + " PLAN",
                payerId,
                "M123456",
                "Doe",
                "Jane",
                "PA1",
                charge,
                "1",
                order,
                List.of(lines),
                priorPayers);
    }

    /** An office visit billed with modifier 25 (so a procedure beside it does not deny it CO-4). */
    static ReceivedClaim.Line line(long chargeCents, ReceivedClaim.PriorLineDecision... decided) {
        return line("99213", List.of("25"), chargeCents, decided);
    }

    static ReceivedClaim.Line line(
            String code, List<String> modifiers, long chargeCents, ReceivedClaim.PriorLineDecision... decided) {
        return new ReceivedClaim.Line(
                code, modifiers, chargeCents, BigDecimal.ONE, LocalDate.of(2026, 12, 1), null, List.of(decided));
    }

    static PriorPayer payer(String payerId, PayerOrder order, long paidCents, LineAdjustment... claimLevel) {
        return new PriorPayer(payerId, order, paidCents, List.of(claimLevel));
    }

    static ReceivedClaim.PriorLineDecision decision(String payerId, long paid, LineAdjustment... adjustments) {
        return new ReceivedClaim.PriorLineDecision(payerId, paid, List.of(adjustments));
    }

    /** PR-2, coinsurance. */
    static LineAdjustment pr(long cents) {
        return new LineAdjustment("PR", "2", cents);
    }

    /** PR-1, deductible. */
    static LineAdjustment deductible(long cents) {
        return new LineAdjustment("PR", "1", cents);
    }

    /** CO-45, over the contract. */
    static LineAdjustment co(long cents) {
        return new LineAdjustment("CO", "45", cents);
    }

    /** OA-23, the prior payers' doing. */
    static LineAdjustment oa(long cents) {
        return new LineAdjustment("OA", "23", cents);
    }

    private ClaimFixtures() {}
}
