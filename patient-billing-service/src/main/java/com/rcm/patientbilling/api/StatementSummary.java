package com.rcm.patientbilling.api;

import java.time.LocalDate;
import java.util.List;

public record StatementSummary(String id, String patientId, LocalDate issuedOn, LocalDate dueDate, long amountDueCents,
        List<String> encounterIds) {
}
