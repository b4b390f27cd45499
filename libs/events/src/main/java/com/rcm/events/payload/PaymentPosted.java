package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/**
 * One claim payment posted to the ledger: payer paid, every adjustment, and the patient
 * responsibility by kind. charge = paid + sum of adjustments.
 *
 * @param adjustments      every adjustment, claim-level and of the lines together
 * @param payerId          the payer that decided (the 835's payer)
 * @param claimStatusCode  CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 19/20/21
 *                         processed and forwarded to the next payer (a crossover), 22 reversal
 * @param adjudicatedOn    the payer's decision date (the 835's payment date), for the next payer's claim
 * @param claimAdjustments the claim-level adjustments only (CLP-level CAS)
 * @param nextPayerId      the payer that decides next, null when this payer was the last: the patient's
 *                         share is not billed until the last payer has decided
 * @param coverageOrder    which of the encounter's payers decided: 1 primary, 2 secondary, 3 tertiary
 */
public record PaymentPosted(
        String claimId,
        String encounterId,
        String remittanceId,
        Patient patient,
        LocalDate dateOfService,
        long chargeCents,
        long paidCents,
        List<Adjustment> adjustments,
        PatientResponsibility patientResponsibility,
        List<PostedLine> lines,
        String payerId,
        String claimStatusCode,
        LocalDate adjudicatedOn,
        List<Adjustment> claimAdjustments,
        String nextPayerId,
        int coverageOrder) {

    public PaymentPosted {
        claimAdjustments = claimAdjustments == null ? List.of() : List.copyOf(claimAdjustments);
        coverageOrder = Math.max(1, coverageOrder);
    }

    /** A posting by the encounter's only payer, without the detail a next payer's claim needs. */
    public PaymentPosted(
            String claimId,
            String encounterId,
            String remittanceId,
            Patient patient,
            LocalDate dateOfService,
            long chargeCents,
            long paidCents,
            List<Adjustment> adjustments,
            PatientResponsibility patientResponsibility,
            List<PostedLine> lines) {
        this(
                claimId,
                encounterId,
                remittanceId,
                patient,
                dateOfService,
                chargeCents,
                paidCents,
                adjustments,
                patientResponsibility,
                lines,
                null,
                null,
                null,
                List.of(),
                null,
                1);
    }

    /** Whether a later payer still decides this claim, so the patient's share is not final yet. */
    public boolean awaitsNextPayer() {
        return nextPayerId != null;
    }

    /** Decided by a secondary or tertiary payer, after an earlier payer's decision on the same services. */
    public boolean afterAnotherPayer() {
        return coverageOrder > 1;
    }

    /** Posting of one service line. */
    public record PostedLine(
            Integer lineNumber, String code, long chargeCents, long paidCents, List<Adjustment> adjustments) {}
}
