package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/**
 * One claim payment posted to the ledger: payer paid, every adjustment, and the patient
 * responsibility by kind. charge = paid + sum of adjustments.
 */
public record PaymentPosted(String claimId, String encounterId, String remittanceId, Patient patient,
        LocalDate dateOfService, long chargeCents, long paidCents, List<Adjustment> adjustments,
        PatientResponsibility patientResponsibility, List<PostedLine> lines) {

    /** Posting of one service line. */
    public record PostedLine(Integer lineNumber, String code, long chargeCents, long paidCents,
            List<Adjustment> adjustments) {
    }
}
