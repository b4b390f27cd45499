package com.rcm.patientbilling.api;

import java.time.LocalDate;
import java.util.List;

/** One issued statement in a patient's list. */
public record StatementSummary(String id, String patientId, List<String> encounterIds, LocalDate issuedOn,
        LocalDate dueDate, long previousBalanceCents, long amountDueCents) {
}
