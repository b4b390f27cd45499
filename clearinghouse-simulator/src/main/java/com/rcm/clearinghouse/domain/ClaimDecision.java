package com.rcm.clearinghouse.domain;

import java.util.List;

/** The payer's decision on one claim: a decision per line, in line order. */
public record ClaimDecision(ReceivedClaim claim, List<PayerContract.LineDecision> lines) {

    public long paidCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::paidCents).sum();
    }

    public long coinsuranceCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::coinsuranceCents).sum();
    }

    public long chargeCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::chargeCents).sum();
    }

    /** Every line denied: the 835 reports the claim as denied (CLP02 = 4). */
    public boolean denied() {
        return lines.stream().allMatch(PayerContract.LineDecision::isDenied);
    }
}
