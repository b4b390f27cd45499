package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient statement was issued to a guarantor; its encounters are now patient-billed. {@code notice}
 * is where the guarantor stands in dunning: STATEMENT, REMINDER or FINAL_NOTICE. {@code patientId} is
 * the guarantor's own patient id when the guarantor is a patient, else the first patient billed.
 */
public record StatementIssued(
        String statementId,
        String patientId,
        List<String> encounterIds,
        long amountDueCents,
        LocalDate dueDate,
        String guarantorId,
        String notice) {}
