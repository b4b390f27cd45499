package com.rcm.payments.domain;

import com.rcm.events.payload.Adjustment;
import java.util.ArrayList;
import java.util.List;

/**
 * The three balancing rules a remittance must meet before anything is posted:
 * line (SVC02 − ΣCAS = SVC03), claim (CLP03 − ΣCAS = CLP04), and file (BPR02 = ΣCLP04 − ΣPLB).
 */
public final class RemittanceBalance {

    /** One broken rule with the exact difference in cents (expected − actual). */
    public record Imbalance(String where, long differenceCents) {
        @Override
        public String toString() {
            return where + " is off by " + differenceCents + " cents";
        }
    }

    public static List<Imbalance> check(RemittanceAdvice advice) {
        List<Imbalance> found = new ArrayList<>();
        long claimsPaid = 0;
        for (RemittanceAdvice.ClaimPaymentAdvice claim : advice.claims()) {
            claimsPaid += claim.paidCents();
            long lineAdjustments = 0;
            for (RemittanceAdvice.ServicePaymentAdvice line : claim.lines()) {
                long adjusted = sum(line.adjustments());
                lineAdjustments += adjusted;
                long difference = line.chargeCents() - adjusted - line.paidCents();
                if (difference != 0) {
                    found.add(new Imbalance("claim " + claim.patientControlNumber() + " line " + line.code(), difference));
                }
            }
            long difference = claim.chargeCents() - sum(claim.adjustments()) - lineAdjustments - claim.paidCents();
            if (difference != 0) {
                found.add(new Imbalance("claim " + claim.patientControlNumber(), difference));
            }
        }
        long providerAdjustments = advice.providerAdjustments().stream()
                .mapToLong(RemittanceAdvice.ProviderAdjustment::amountCents).sum();
        long difference = claimsPaid - providerAdjustments - advice.paymentAmountCents();
        if (difference != 0) {
            found.add(new Imbalance("payment " + advice.traceNumber() + " (BPR02 against claims paid less PLB)", difference));
        }
        return found;
    }

    static long sum(List<Adjustment> adjustments) {
        return adjustments.stream().mapToLong(Adjustment::amountCents).sum();
    }

    private RemittanceBalance() {
    }
}
