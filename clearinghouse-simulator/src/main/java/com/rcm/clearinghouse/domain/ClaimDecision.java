package com.rcm.clearinghouse.domain;

import java.util.List;

/** The payer's decision on one claim: a decision per line, in line order. */
public record ClaimDecision(ReceivedClaim claim, List<PayerContract.LineDecision> lines) {

    public long paidCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::paidCents).sum();
    }

    /** What the member owes: copay, deductible and coinsurance together (CLP05). */
    public long patientResponsibilityCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::patientResponsibilityCents).sum();
    }

    public long deductibleCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::deductibleCents).sum();
    }

    public long chargeCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::chargeCents).sum();
    }

    /** Every line denied: the 835 reports the claim as denied (CLP02 = 4). */
    public boolean denied() {
        return lines.stream().allMatch(PayerContract.LineDecision::isDenied);
    }
}
