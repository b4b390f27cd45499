package com.rcm.clearinghouse.domain;

import java.util.Map;

/**
 * The payer's contract with the practice: the allowed amount of a code from the contract's fee
 * schedule, or else as a share of the charge, and coinsurance as a share of what is left after copay
 * and deductible. Amounts round half up to the cent; nothing is ever allowed above the charge.
 */
public record PayerContract(Map<String, Long> feeSchedule, int allowedPercent, int coinsurancePercent) {

    public PayerContract {
        feeSchedule = Map.copyOf(feeSchedule);
    }

    /** A contract with no fee schedule: every code allowed at {@code allowedPercent} of its charge. */
    public PayerContract(int allowedPercent, int coinsurancePercent) {
        this(Map.of(), allowedPercent, coinsurancePercent);
    }

    /**
     * One adjudicated service line: charge = paid + copay + deductible + coinsurance + contractual
     * write-off, or, when denied, the whole charge adjusted under {@code denialCarc} (group CO) with an
     * optional RARC.
     */
    public record LineDecision(long chargeCents, long allowedCents, long paidCents, long copayCents,
            long deductibleCents, long coinsuranceCents, long contractualCents, String denialCarc,
            String remarkCode) {

        public static LineDecision denied(long chargeCents, String carc, String remarkCode) {
            return new LineDecision(chargeCents, 0, 0, 0, 0, 0, 0, carc, remarkCode);
        }

        public boolean isDenied() {
            return denialCarc != null;
        }

        public long patientResponsibilityCents() {
            return copayCents + deductibleCents + coinsuranceCents;
        }
    }

    /** A line priced by the contract with no copay or deductible left to apply. */
    public LineDecision adjudicate(String code, long chargeCents) {
        return adjudicate(code, chargeCents, 0, 0);
    }

    /** A line priced by the contract, the member paying {@code copayCents} and up to {@code deductibleLeftCents}. */
    public LineDecision adjudicate(String code, long chargeCents, long copayCents, long deductibleLeftCents) {
        long allowed = Math.min(chargeCents, feeSchedule.getOrDefault(code, percentOf(chargeCents, allowedPercent)));
        long copay = Math.min(copayCents, allowed);
        long deductible = Math.min(deductibleLeftCents, allowed - copay);
        long coinsurance = percentOf(allowed - copay - deductible, coinsurancePercent);
        return new LineDecision(chargeCents, allowed, allowed - copay - deductible - coinsurance, copay, deductible,
                coinsurance, chargeCents - allowed, null, null);
    }

    static long percentOf(long cents, int percent) {
        return Math.floorDiv(cents * percent + 50, 100);
    }
}
