package com.rcm.clearinghouse.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How a contract payer pays a claim sent to it as secondary or tertiary (coordination of benefits).
 * Its own benefit on a line is what it would pay as primary by its contract and the member's
 * benefits; the balance is the patient's share the last prior payer left on the line
 * ({@link PriorPayerShares#patientSharesLeft}). It never pays more than that balance; the patient keeps
 * the rest of it, under the plan's own reasons as far as they go (its deductible PR-1, copay PR-3) and
 * as coinsurance (PR-2) beyond; everything else on the line is the prior payers' doing (OA-23), so
 * charge = paid + PR + OA-23 on every line.
 */
public enum CoordinationOfBenefits {
    /** Standard COB: its own benefit, up to the balance. */
    STANDARD,
    /** Non-duplication: what its own benefit exceeds what the prior payers paid on the line by, up to the balance. */
    NON_DUPLICATION;

    /** What the payer pays on one line. */
    public long paidCents(long ownBenefitCents, long balanceCents, long priorPaidCents) {
        return switch (this) {
            case STANDARD -> Math.min(ownBenefitCents, balanceCents);
            case NON_DUPLICATION -> Math.min(balanceCents, Math.max(0, ownBenefitCents - priorPaidCents));
        };
    }

    /**
     * The claim as the payer decides it after the prior payers, from its decision as primary. Lines it
     * denies as primary (a non-covered code, a missing modifier, a duplicate) it denies all the same; a
     * claim that names no prior payer (no loop 2320) is denied CO-22 with MA04, as a supplemental payer
     * denies it.
     */
    public ClaimDecision coordinate(ClaimDecision asPrimary) {
        ReceivedClaim claim = asPrimary.claim();
        if (asPrimary.denied()) {
            return asPrimary;
        }
        if (claim.priorPayers().isEmpty()) {
            return ClaimDecision.deniedWhole(
                    claim,
                    SupplementalRules.COVERED_BY_ANOTHER_PAYER,
                    SupplementalRules.PRIMARY_PAYMENT_INFORMATION_MISSING);
        }
        long[] balances = PriorPayerShares.patientSharesLeft(claim);
        long[] priorPaid = PriorPayerShares.paidPerLine(claim);
        List<PayerContract.LineDecision> lines = new ArrayList<>();
        for (int i = 0; i < balances.length; i++) {
            PayerContract.LineDecision own = asPrimary.lines().get(i);
            if (own.isDenied()) {
                lines.add(own);
                continue;
            }
            long paid = paidCents(own.paidCents(), balances[i], priorPaid[i]);
            lines.add(afterPriorPayers(own, paid, balances[i] - paid));
        }
        return new ClaimDecision(claim, lines);
    }

    private static PayerContract.LineDecision afterPriorPayers(
            PayerContract.LineDecision own, long paid, long patientKeeps) {
        long deductible = Math.min(patientKeeps, own.deductibleCents());
        long copay = Math.min(patientKeeps - deductible, own.copayCents());
        long coinsurance = patientKeeps - deductible - copay;
        return new PayerContract.LineDecision(
                own.chargeCents(),
                own.allowedCents(),
                paid,
                copay,
                deductible,
                coinsurance,
                0,
                own.chargeCents() - paid - patientKeeps,
                null,
                null);
    }
}
