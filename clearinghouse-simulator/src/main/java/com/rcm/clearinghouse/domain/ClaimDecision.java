package com.rcm.clearinghouse.domain;

import java.util.List;

/**
 * The payer's decision on one claim: a decision per line, in line order.
 *
 * @param forwardedTo the supplemental payer this payer forwarded the claim to once it decided it (a
 *                    crossover); null when it did not
 */
public record ClaimDecision(
        ReceivedClaim claim, List<PayerContract.LineDecision> lines, SupplementalPayer forwardedTo) {

    public ClaimDecision {
        lines = List.copyOf(lines);
    }

    public ClaimDecision(ReceivedClaim claim, List<PayerContract.LineDecision> lines) {
        this(claim, lines, null);
    }

    /** Every line of the claim denied: its whole charge adjusted under {@code carc} (group CO). */
    public static ClaimDecision deniedWhole(ReceivedClaim claim, String carc, String remarkCode) {
        return new ClaimDecision(
                claim,
                claim.lines().stream()
                        .map(line -> PayerContract.LineDecision.denied(line.chargeCents(), carc, remarkCode))
                        .toList());
    }

    public ClaimDecision asForwardedTo(SupplementalPayer payer) {
        return new ClaimDecision(claim, lines, payer);
    }

    public boolean forwarded() {
        return forwardedTo != null;
    }

    public long paidCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::paidCents).sum();
    }

    /** What the member owes: copay, deductible and coinsurance together (CLP05). */
    public long patientResponsibilityCents() {
        return lines.stream()
                .mapToLong(PayerContract.LineDecision::patientResponsibilityCents)
                .sum();
    }

    public long deductibleCents() {
        return lines.stream()
                .mapToLong(PayerContract.LineDecision::deductibleCents)
                .sum();
    }

    public long chargeCents() {
        return lines.stream().mapToLong(PayerContract.LineDecision::chargeCents).sum();
    }

    /** Every line denied: the 835 reports the claim as denied (CLP02 = 4). */
    public boolean denied() {
        return lines.stream().allMatch(PayerContract.LineDecision::isDenied);
    }
}
