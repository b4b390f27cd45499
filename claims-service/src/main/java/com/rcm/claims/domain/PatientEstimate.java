package com.rcm.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the patient will owe for planned services, worked out the way the payer adjudicates: each
 * line allowed by the contract (the payer setup's allowed share of the charge), the first office visit
 * bearing the copay, the lines in order the deductible left this year, then coinsurance on the rest of
 * the allowed amount, rounded half up to the cent. Denials (non-covered codes, missing modifiers) are
 * not foreseen: the estimate assumes a clean claim.
 */
public final class PatientEstimate {
    private static final Pattern OFFICE_VISIT = Pattern.compile("992[01]\\d");

    /** The member's benefits as the 271 reported them. */
    public record Benefits(long copayCents, long deductibleLeftCents, int coinsurancePercent) {}

    public record Line(
            String code,
            long chargeCents,
            long allowedCents,
            long copayCents,
            long deductibleCents,
            long coinsuranceCents) {

        public long patientCents() {
            return copayCents + deductibleCents + coinsuranceCents;
        }
    }

    /** {@code services} as (code, charge) in claim order. */
    public static List<Line> of(List<String> codes, List<Long> charges, Benefits benefits, PayerSetup payer) {
        List<Line> lines = new ArrayList<>();
        long copayDue = benefits.copayCents();
        long deductibleLeft = benefits.deductibleLeftCents();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            long charge = charges.get(i);
            long allowed = Math.min(charge, payer.allowedOf(charge));
            long copay = OFFICE_VISIT.matcher(code).matches() ? Math.min(copayDue, allowed) : 0;
            long deductible = Math.min(deductibleLeft, allowed - copay);
            long coinsurance = Math.floorDiv((allowed - copay - deductible) * benefits.coinsurancePercent() + 50, 100);
            copayDue -= copay;
            deductibleLeft -= deductible;
            lines.add(new Line(code, charge, allowed, copay, deductible, coinsurance));
        }
        return lines;
    }

    private PatientEstimate() {}
}
