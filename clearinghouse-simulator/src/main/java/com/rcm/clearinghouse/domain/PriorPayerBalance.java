package com.rcm.clearinghouse.domain;

import com.rcm.x12.X12Amounts;
import java.util.List;
import java.util.Optional;

/**
 * The 837P guide's coordination-of-benefits balance of a claim to a later payer, which the
 * clearinghouse's front end checks: each prior payer's decision on a line (2430) accounts for the
 * line's charge, SVD02 + its CAS; and each prior payer (2320) accounts for the claim's charge,
 * AMT*D + its claim-level CAS + its CAS on every line. A payer cannot pay after decisions that do not
 * add up, so such a claim goes back to the sender. The reason goes into the 277CA's STC12, so its
 * amounts are written as X12 writes money.
 */
public final class PriorPayerBalance {

    /** What does not add up first, said for the 277CA; empty when everything balances or no payer came before. */
    public static Optional<String> firstImbalance(ReceivedClaim claim) {
        List<ReceivedClaim.Line> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            ReceivedClaim.Line line = lines.get(i);
            for (ReceivedClaim.PriorLineDecision decided : line.priorDecisions()) {
                if (line.chargeCents() != decided.paidCents() + decided.adjustedCents()) {
                    return Optional.of("line " + (i + 1) + " charge " + X12Amounts.format(line.chargeCents())
                            + " is not payer " + decided.payerId() + "'s paid " + X12Amounts.format(decided.paidCents())
                            + " plus adjustments " + X12Amounts.format(decided.adjustedCents()));
                }
            }
        }
        for (PriorPayer payer : claim.priorPayers()) {
            long adjusted = payer.adjustedCents()
                    + lines.stream()
                            .flatMap(line -> line.priorDecisions().stream())
                            .filter(decided -> decided.payerId().equals(payer.payerId()))
                            .mapToLong(ReceivedClaim.PriorLineDecision::adjustedCents)
                            .sum();
            if (claim.chargeCents() != payer.paidCents() + adjusted) {
                return Optional.of("claim charge " + X12Amounts.format(claim.chargeCents()) + " is not payer "
                        + payer.payerId() + "'s paid " + X12Amounts.format(payer.paidCents()) + " plus adjustments "
                        + X12Amounts.format(adjusted));
            }
        }
        return Optional.empty();
    }

    private PriorPayerBalance() {}
}
