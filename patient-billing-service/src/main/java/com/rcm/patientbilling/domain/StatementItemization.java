package com.rcm.patientbilling.domain;

import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.PaymentPosted;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one posted claim payment into statement lines, one per service line the payer answered.
 * The lines always add up to the claim: whatever the payer adjusted at claim level (outside any
 * service line) becomes one more line, so charge, paid and patient responsibility tie out exactly.
 * <p>
 * With several payers the services are charged once, by the first: its lines show what it paid and
 * what it left "with the next payer" as adjusted, not owed. A later payer's lines charge nothing; they
 * show what it paid and what the patient owes after it, and take back from the adjusted column the
 * part of the earlier payer's leftover that they settle (paid + owed). Every line still ties out
 * (charge = paid + adjusted + owed), and so do the statement's totals.
 */
public final class StatementItemization {
    public static final String PATIENT_RESPONSIBILITY_GROUP = "PR";
    public static final String CLAIM_LEVEL = "Claim-level adjustments";
    public static final String WHOLE_CLAIM = "Services on this claim";

    public static List<StatementLine> of(PaymentPosted posted) {
        List<StatementLine> lines = itemize(posted);
        if (posted.afterAnotherPayer()) {
            return lines.stream()
                    .map(StatementItemization::settlingAnEarlierPayersLeftover)
                    .toList();
        }
        if (posted.awaitsNextPayer()) {
            return lines.stream()
                    .map(StatementItemization::leftWithTheNextPayer)
                    .toList();
        }
        return lines;
    }

    private static StatementLine leftWithTheNextPayer(StatementLine line) {
        return new StatementLine(
                line.encounterId(),
                line.claimId(),
                line.dateOfService(),
                line.service(),
                line.chargeCents(),
                line.insurancePaidCents(),
                line.insuranceAdjustedCents() + line.patientResponsibilityCents(),
                0,
                line.patientName());
    }

    private static StatementLine settlingAnEarlierPayersLeftover(StatementLine line) {
        return new StatementLine(
                line.encounterId(),
                line.claimId(),
                line.dateOfService(),
                line.service(),
                0,
                line.insurancePaidCents(),
                -(line.insurancePaidCents() + line.patientResponsibilityCents()),
                line.patientResponsibilityCents(),
                line.patientName());
    }

    private static List<StatementLine> itemize(PaymentPosted posted) {
        long owed = posted.patientResponsibility().totalCents();
        // charge = paid + every adjustment, so what insurance wrote off is what neither it nor the patient pays.
        long insuranceAdjusted = posted.chargeCents() - posted.paidCents() - owed;
        List<PaymentPosted.PostedLine> postedLines = posted.lines() == null ? List.of() : posted.lines();
        if (postedLines.isEmpty()) {
            return List.of(
                    line(posted, WHOLE_CLAIM, posted.chargeCents(), posted.paidCents(), insuranceAdjusted, owed));
        }
        List<StatementLine> lines = new ArrayList<>();
        long charged = 0;
        long paid = 0;
        long adjusted = 0;
        long patient = 0;
        for (PaymentPosted.PostedLine posting : postedLines) {
            long linePatient = sum(posting.adjustments(), true);
            long lineAdjusted = sum(posting.adjustments(), false);
            lines.add(line(
                    posted, posting.code(), posting.chargeCents(), posting.paidCents(), lineAdjusted, linePatient));
            charged += posting.chargeCents();
            paid += posting.paidCents();
            adjusted += lineAdjusted;
            patient += linePatient;
        }
        StatementLine remainder = line(
                posted,
                CLAIM_LEVEL,
                posted.chargeCents() - charged,
                posted.paidCents() - paid,
                insuranceAdjusted - adjusted,
                owed - patient);
        if (remainder.chargeCents() != 0
                || remainder.insurancePaidCents() != 0
                || remainder.insuranceAdjustedCents() != 0
                || remainder.patientResponsibilityCents() != 0) {
            lines.add(remainder);
        }
        return lines;
    }

    public static long patientResponsibilityOf(List<StatementLine> lines) {
        return lines.stream()
                .mapToLong(StatementLine::patientResponsibilityCents)
                .sum();
    }

    private static StatementLine line(
            PaymentPosted posted, String service, long charge, long paid, long adjusted, long owed) {
        String patient = posted.patient() == null
                ? null
                : posted.patient().firstName() + " " + posted.patient().lastName();
        return new StatementLine(
                posted.encounterId(),
                posted.claimId(),
                posted.dateOfService(),
                service,
                charge,
                paid,
                adjusted,
                owed,
                patient);
    }

    private static long sum(List<Adjustment> adjustments, boolean patientResponsibility) {
        if (adjustments == null) {
            return 0;
        }
        return adjustments.stream()
                .filter(a -> PATIENT_RESPONSIBILITY_GROUP.equals(a.groupCode()) == patientResponsibility)
                .mapToLong(Adjustment::amountCents)
                .sum();
    }

    private StatementItemization() {}
}
