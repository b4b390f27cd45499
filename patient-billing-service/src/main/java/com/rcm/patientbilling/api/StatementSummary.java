package com.rcm.patientbilling.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One issued statement in a list: to whom, which notice of the dunning sequence, what it billed.
 * {@code creditsCents} is what was already paid or credited on the listed services (0 or negative).
 */
public record StatementSummary(
        String id,
        String guarantorId,
        String notice,
        List<String> encounterIds,
        LocalDate issuedOn,
        LocalDate dueDate,
        long previousBalanceCents,
        long creditsCents,
        long amountDueCents) {}
