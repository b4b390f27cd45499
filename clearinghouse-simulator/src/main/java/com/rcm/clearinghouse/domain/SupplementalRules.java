package com.rcm.clearinghouse.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How a supplemental payer decides a claim the payers before it decided: on each line it pays its
 * share of what they left to the patient (rounded half up to the cent), the patient keeps the rest
 * (PR-2, coinsurance), and whatever else the prior payers paid or wrote off is adjusted as their doing
 * (OA-23), so each line still balances: charge = paid + OA-23 + PR-2. A claim that names no prior
 * payer's decision (sent to it as primary, or without loop 2320) is denied CO-22 with MA04.
 */
public final class SupplementalRules {
    /** CARC 22: this care may be covered by another payer per coordination of benefits. */
    public static final String COVERED_BY_ANOTHER_PAYER = "22";
    /** RARC MA04: secondary payment cannot be considered without the primary payer's payment information. */
    public static final String PRIMARY_PAYMENT_INFORMATION_MISSING = "MA04";

    private final SupplementalPayer payer;

    public SupplementalRules(SupplementalPayer payer) {
        this.payer = payer;
    }

    /** One decision per line of the claim, in line order; a duplicate is denied CO-18 as by any payer. */
    public ClaimDecision decide(ReceivedClaim claim, boolean duplicate) {
        if (duplicate) {
            return ClaimDecision.deniedWhole(claim, PayerRules.DUPLICATE, null);
        }
        if (claim.payerOrder() == PayerOrder.PRIMARY || claim.priorPayers().isEmpty()) {
            return ClaimDecision.deniedWhole(claim, COVERED_BY_ANOTHER_PAYER, PRIMARY_PAYMENT_INFORMATION_MISSING);
        }
        long[] shares = PriorPayerShares.patientSharesLeft(claim);
        List<PayerContract.LineDecision> decisions = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            long charge = claim.lines().get(i).chargeCents();
            long paid = PayerContract.percentOf(shares[i], payer.coversPercent());
            decisions.add(new PayerContract.LineDecision(
                    charge, shares[i], paid, 0, 0, shares[i] - paid, 0, charge - shares[i], null, null));
        }
        return new ClaimDecision(claim, decisions);
    }
}
