package com.rcm.clearinghouse.domain;

/**
 * The payer's contract with the practice, as percentages: allowed amount as a share of the charge,
 * coinsurance as a share of the allowed amount. Amounts round half up to the cent.
 */
public record PayerContract(int allowedPercent, int coinsurancePercent) {

    /** One adjudicated service line: charge = paid + coinsurance + contractual write-off. */
    public record LineDecision(long chargeCents, long allowedCents, long paidCents, long coinsuranceCents,
            long contractualCents) {
    }

    public LineDecision adjudicate(long chargeCents) {
        long allowed = percentOf(chargeCents, allowedPercent);
        long coinsurance = percentOf(allowed, coinsurancePercent);
        return new LineDecision(chargeCents, allowed, allowed - coinsurance, coinsurance, chargeCents - allowed);
    }

    static long percentOf(long cents, int percent) {
        return Math.floorDiv(cents * percent + 50, 100);
    }
}
