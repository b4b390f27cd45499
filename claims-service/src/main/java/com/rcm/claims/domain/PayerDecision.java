package com.rcm.claims.domain;

import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.PaymentPosted;
import java.time.LocalDate;
import java.util.List;

/**
 * What one payer decided on a claim, as its 835 was posted: kept on the claim so the next payer's claim
 * can report it (837P loops 2320 and 2430).
 *
 * @param claimStatusCode CLP02: 1/2/3 processed, 4 denied, 19/20/21 processed and forwarded (crossover)
 * @param adjudicatedOn   the payer's decision date
 * @param adjustments     the claim-level adjustments only
 * @param lines           the payer's decision per billed line (matched by line number)
 */
public record PayerDecision(
        String payerId,
        String claimStatusCode,
        LocalDate adjudicatedOn,
        long paidCents,
        List<Adjustment> adjustments,
        List<LineDecision> lines) {

    public record LineDecision(
            int lineNumber, String code, long chargeCents, long paidCents, List<Adjustment> adjustments) {}

    public static PayerDecision of(PaymentPosted posted, LocalDate postedOn) {
        List<LineDecision> lines = posted.lines() == null
                ? List.of()
                : posted.lines().stream()
                        .filter(line -> line.lineNumber() != null)
                        .map(line -> new LineDecision(
                                line.lineNumber(),
                                line.code(),
                                line.chargeCents(),
                                line.paidCents(),
                                line.adjustments() == null ? List.of() : line.adjustments()))
                        .toList();
        return new PayerDecision(
                posted.payerId(),
                posted.claimStatusCode(),
                posted.adjudicatedOn() != null ? posted.adjudicatedOn() : postedOn,
                posted.paidCents(),
                posted.claimAdjustments(),
                lines);
    }

    /** CLP02 19, 20 or 21: the payer sent the claim on to the next payer itself (a crossover). */
    public boolean forwarded() {
        return List.of("19", "20", "21").contains(claimStatusCode);
    }
}
