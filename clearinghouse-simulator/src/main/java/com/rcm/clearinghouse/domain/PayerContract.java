package com.rcm.clearinghouse.domain;

/**
 * The payer's contract with the practice, as percentages: allowed amount as a share of the charge,
 * coinsurance as a share of the allowed amount. Amounts round half up to the cent.
 */
public record PayerContract(int allowedPercent, int coinsurancePercent) {

    /**
     * One adjudicated service line: charge = paid + coinsurance + contractual write-off, or, when
     * denied, the whole charge adjusted under {@code denialCarc} (group CO) with an optional RARC.
     */
    public record LineDecision(long chargeCents, long allowedCents, long paidCents, long coinsuranceCents,
            long contractualCents, String denialCarc, String remarkCode) {

        public static LineDecision denied(long chargeCents, String carc, String remarkCode) {
            return new LineDecision(chargeCents, 0, 0, 0, 0, carc, remarkCode);
        }

        public boolean isDenied() {
            return denialCarc != null;
        }
    }

    public LineDecision adjudicate(long chargeCents) {
        long allowed = percentOf(chargeCents, allowedPercent);
        long coinsurance = percentOf(allowed, coinsurancePercent);
        return new LineDecision(chargeCents, allowed, allowed - coinsurance, coinsurance, chargeCents - allowed, null,
                null);
    }

    static long percentOf(long cents, int percent) {
        return Math.floorDiv(cents * percent + 50, 100);
    }
}
