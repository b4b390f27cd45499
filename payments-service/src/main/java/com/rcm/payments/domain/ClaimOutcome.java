package com.rcm.payments.domain;

import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.PatientResponsibility;
import java.util.ArrayList;
import java.util.List;

/** What a claim payment means for the practice: outcome, every adjustment, and what the patient owes. */
public final class ClaimOutcome {
    public static final String PAID = "PAID";
    public static final String PARTIALLY_PAID = "PARTIALLY_PAID";
    public static final String DENIED = "DENIED";
    public static final String REVERSED = "REVERSED";

    private static final String DENIED_STATUS = "4";
    private static final String REVERSAL_STATUS = "22";

    /** CLP02 = 22: the payer takes back an earlier payment of this claim. */
    public static boolean isReversal(RemittanceAdvice.ClaimPaymentAdvice claim) {
        return REVERSAL_STATUS.equals(claim.statusCode());
    }

    public static String outcomeOf(RemittanceAdvice.ClaimPaymentAdvice claim) {
        if (REVERSAL_STATUS.equals(claim.statusCode())) {
            return REVERSED;
        }
        if (DENIED_STATUS.equals(claim.statusCode())
                || claim.paidCents() == 0 && claim.patientResponsibilityCents() == 0) {
            return DENIED;
        }
        boolean onlyContractualAndPatient = allAdjustments(claim).stream()
                .allMatch(a -> "CO".equals(a.groupCode()) && "45".equals(a.carc()) || "PR".equals(a.groupCode()));
        return onlyContractualAndPatient ? PAID : PARTIALLY_PAID;
    }

    /**
     * The payer that decides after this one, or null: a next coverage is billed only when this payer left
     * something to the patient or denied the claim (the next payer sees the denial), never after a reversal.
     */
    public static String nextPayer(RemittanceAdvice.ClaimPaymentAdvice claim, String nextCoveragePayerId) {
        if (nextCoveragePayerId == null || isReversal(claim)) {
            return null;
        }
        boolean leftToPatient = patientResponsibility(claim).totalCents() > 0;
        return leftToPatient || DENIED_STATUS.equals(claim.statusCode()) ? nextCoveragePayerId : null;
    }

    /** Claim-level and line-level adjustments together. */
    public static List<Adjustment> allAdjustments(RemittanceAdvice.ClaimPaymentAdvice claim) {
        List<Adjustment> all = new ArrayList<>(claim.adjustments());
        claim.lines().forEach(line -> all.addAll(line.adjustments()));
        return all;
    }

    /** PR adjustments split by kind: CARC 1 deductible, 2 coinsurance, 3 copay, anything else other. */
    public static PatientResponsibility patientResponsibility(RemittanceAdvice.ClaimPaymentAdvice claim) {
        long deductible = 0;
        long coinsurance = 0;
        long copay = 0;
        long other = 0;
        for (Adjustment adjustment : allAdjustments(claim)) {
            if (!"PR".equals(adjustment.groupCode())) {
                continue;
            }
            switch (adjustment.carc()) {
                case "1" -> deductible += adjustment.amountCents();
                case "2" -> coinsurance += adjustment.amountCents();
                case "3" -> copay += adjustment.amountCents();
                default -> other += adjustment.amountCents();
            }
        }
        return new PatientResponsibility(deductible, coinsurance, copay, other);
    }

    private ClaimOutcome() {}
}
