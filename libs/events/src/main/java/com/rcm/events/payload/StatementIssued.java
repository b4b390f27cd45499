package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/** A patient statement was issued; its encounters are now patient-billed. */
public record StatementIssued(String statementId, String patientId, List<String> encounterIds, long amountDueCents,
        LocalDate dueDate) {
}
