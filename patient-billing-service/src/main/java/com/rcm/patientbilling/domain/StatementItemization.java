package com.rcm.patientbilling.domain;

import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.PaymentPosted;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one posted claim payment into statement lines, one per service line the payer answered.
 * The lines always add up to the claim: whatever the payer adjusted at claim level (outside any
 * service line) becomes one more line, so charge, paid and patient responsibility tie out exactly.
 */
public final class StatementItemization {
    public static final String PATIENT_RESPONSIBILITY_GROUP = "PR";
    public static final String CLAIM_LEVEL = "Claim-level adjustments";
    public static final String WHOLE_CLAIM = "Services on this claim";

    public static List<StatementLine> of(PaymentPosted posted) {
        long owed = posted.patientResponsibility().totalCents();
        // charge = paid + every adjustment, so what insurance wrote off is what neither it nor the patient pays.
        long insuranceAdjusted = posted.chargeCents() - posted.paidCents() - owed;
        List<PaymentPosted.PostedLine> postedLines = posted.lines() == null ? List.of() : posted.lines();
        if (postedLines.isEmpty()) {
            return List.of(line(posted, WHOLE_CLAIM, posted.chargeCents(), posted.paidCents(), insuranceAdjusted, owed));
        }
        List<StatementLine> lines = new ArrayList<>();
        long charged = 0;
        long paid = 0;
        long adjusted = 0;
        long patient = 0;
        for (PaymentPosted.PostedLine posting : postedLines) {
            long linePatient = sum(posting.adjustments(), true);
            long lineAdjusted = sum(posting.adjustments(), false);
            lines.add(line(posted, posting.code(), posting.chargeCents(), posting.paidCents(), lineAdjusted, linePatient));
            charged += posting.chargeCents();
            paid += posting.paidCents();
            adjusted += lineAdjusted;
            patient += linePatient;
        }
        StatementLine remainder = line(posted, CLAIM_LEVEL, posted.chargeCents() - charged, posted.paidCents() - paid,
                insuranceAdjusted - adjusted, owed - patient);
        if (remainder.chargeCents() != 0 || remainder.insurancePaidCents() != 0
                || remainder.insuranceAdjustedCents() != 0 || remainder.patientResponsibilityCents() != 0) {
            lines.add(remainder);
        }
        return lines;
    }

    public static long patientResponsibilityOf(List<StatementLine> lines) {
        return lines.stream().mapToLong(StatementLine::patientResponsibilityCents).sum();
    }

    private static StatementLine line(PaymentPosted posted, String service, long charge, long paid, long adjusted,
            long owed) {
        String patient = posted.patient() == null ? null
                : posted.patient().firstName() + " " + posted.patient().lastName();
        return new StatementLine(posted.encounterId(), posted.claimId(), posted.dateOfService(), service, charge, paid,
                adjusted, owed, patient);
    }

    private static long sum(List<Adjustment> adjustments, boolean patientResponsibility) {
        if (adjustments == null) {
            return 0;
        }
        return adjustments.stream()
                .filter(a -> PATIENT_RESPONSIBILITY_GROUP.equals(a.groupCode()) == patientResponsibility)
                .mapToLong(Adjustment::amountCents).sum();
    }

    private StatementItemization() {
    }
}
