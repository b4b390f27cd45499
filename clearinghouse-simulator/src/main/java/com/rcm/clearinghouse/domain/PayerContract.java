package com.rcm.clearinghouse.domain;

import java.util.ArrayList;
import java.util.List;
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
     * write-off + what payers before this one covered or wrote off, or, when denied, the whole charge
     * adjusted under {@code denialCarc} (group CO) with an optional RARC.
     *
     * @param otherPayersCents on a claim to a secondary or tertiary payer, the part of the charge the
     *                         prior payers paid or adjusted other than to the patient (OA-23)
     */
    public record LineDecision(
            long chargeCents,
            long allowedCents,
            long paidCents,
            long copayCents,
            long deductibleCents,
            long coinsuranceCents,
            long contractualCents,
            long otherPayersCents,
            String denialCarc,
            String remarkCode) {
        /** CARC 45: charge exceeds the fee schedule or the contracted amount. */
        public static final String CHARGE_EXCEEDS_CONTRACT = "45";
        /** CARC 1, 2, 3: deductible, coinsurance, copay. */
        public static final String DEDUCTIBLE = "1";

        public static final String COINSURANCE = "2";
        public static final String COPAY = "3";
        /** CARC 23: the impact of prior payer(s) adjudication, including payments and adjustments. */
        public static final String PRIOR_PAYERS = "23";

        public static LineDecision denied(long chargeCents, String carc, String remarkCode) {
            return new LineDecision(chargeCents, 0, 0, 0, 0, 0, 0, 0, carc, remarkCode);
        }

        public boolean isDenied() {
            return denialCarc != null;
        }

        public long patientResponsibilityCents() {
            return copayCents + deductibleCents + coinsuranceCents;
        }

        /** Why the charge was not paid in full, in the order the 835 reports it. */
        public List<LineAdjustment> adjustments() {
            if (isDenied()) {
                return List.of(new LineAdjustment(LineAdjustment.CONTRACTUAL, denialCarc, chargeCents));
            }
            List<LineAdjustment> adjustments = new ArrayList<>();
            add(adjustments, LineAdjustment.CONTRACTUAL, CHARGE_EXCEEDS_CONTRACT, contractualCents);
            add(adjustments, LineAdjustment.PATIENT_RESPONSIBILITY, DEDUCTIBLE, deductibleCents);
            add(adjustments, LineAdjustment.PATIENT_RESPONSIBILITY, COINSURANCE, coinsuranceCents);
            add(adjustments, LineAdjustment.PATIENT_RESPONSIBILITY, COPAY, copayCents);
            add(adjustments, LineAdjustment.OTHER, PRIOR_PAYERS, otherPayersCents);
            return adjustments;
        }

        private static void add(List<LineAdjustment> adjustments, String group, String carc, long cents) {
            if (cents != 0) {
                adjustments.add(new LineAdjustment(group, carc, cents));
            }
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
        return new LineDecision(
                chargeCents,
                allowed,
                allowed - copay - deductible - coinsurance,
                copay,
                deductible,
                coinsurance,
                chargeCents - allowed,
                0,
                null,
                null);
    }

    static long percentOf(long cents, int percent) {
        return Math.floorDiv(cents * percent + 50, 100);
    }
}
