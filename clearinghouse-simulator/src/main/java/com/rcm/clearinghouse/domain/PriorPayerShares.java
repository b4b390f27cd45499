package com.rcm.clearinghouse.domain;

import java.util.List;

/**
 * What the payers before this one left on each line of a claim: the patient's share the last of them
 * left (what a later payer may still pay) and what they all paid (what non-duplication subtracts).
 * Both come from the 2430 loops; a payer that decided at claim level only (2320, no 2430) has its
 * amounts spread from the first line on, as far as each line's charge leaves room.
 */
public final class PriorPayerShares {

    /**
     * What the payers before left to the patient on each line: the patient-responsibility (PR)
     * adjustments on the line of the payer that decided last, plus its claim-level PR spread over the
     * lines in order as far as each line's charge leaves room. Only the last payer counts: on a tertiary
     * claim the secondary's PR is what was left of the primary's, and adding both would count it twice.
     */
    static long[] patientSharesLeft(ReceivedClaim claim) {
        PriorPayer last = claim.priorPayers().stream()
                .reduce((earlier, later) -> later.order().compareTo(earlier.order()) >= 0 ? later : earlier)
                .orElseThrow();
        List<ReceivedClaim.Line> lines = claim.lines();
        long[] shares = new long[lines.size()];
        for (int i = 0; i < shares.length; i++) {
            long onLine = lines.get(i).priorDecisions().stream()
                    .filter(decision -> decision.payerId().equals(last.payerId()))
                    .mapToLong(ReceivedClaim.PriorLineDecision::patientShareCents)
                    .sum();
            shares[i] = Math.max(0, Math.min(lines.get(i).chargeCents(), onLine));
        }
        spread(Math.max(0, last.patientShareCents()), lines, shares);
        return shares;
    }

    /**
     * What all the payers before paid on each line together: every 2430 SVD02 on the line, and the
     * AMT*D of a payer that sent no 2430 loop spread over the lines.
     */
    static long[] paidPerLine(ReceivedClaim claim) {
        List<ReceivedClaim.Line> lines = claim.lines();
        long[] paid = new long[lines.size()];
        for (int i = 0; i < paid.length; i++) {
            paid[i] = lines.get(i).priorDecisions().stream()
                    .mapToLong(ReceivedClaim.PriorLineDecision::paidCents)
                    .sum();
        }
        for (PriorPayer payer : claim.priorPayers()) {
            boolean decidedByLine = lines.stream()
                    .flatMap(line -> line.priorDecisions().stream())
                    .anyMatch(decision -> decision.payerId().equals(payer.payerId()));
            if (!decidedByLine) {
                spread(Math.max(0, payer.paidCents()), lines, paid);
            }
        }
        return paid;
    }

    /** Adds {@code cents} to {@code perLine} from the first line on, each up to its line's charge. */
    private static void spread(long cents, List<ReceivedClaim.Line> lines, long[] perLine) {
        for (int i = 0; i < perLine.length && cents > 0; i++) {
            long onLine = Math.min(cents, Math.max(0, lines.get(i).chargeCents() - perLine[i]));
            perLine[i] += onLine;
            cents -= onLine;
        }
    }

    private PriorPayerShares() {}
}
