package com.rcm.patientbilling.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.events.EventJson;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a patient statement: a billed service (or the claim-level remainder), what was charged,
 * what insurance paid and wrote off, and what is left to the patient. {@code service} is the CPT or
 * HCPCS code as billed, never a description (CPT descriptions are licensed). {@code patientName} tells
 * a guarantor which family member the service was for.
 */
public record StatementLine(
        String encounterId,
        String claimId,
        LocalDate dateOfService,
        String service,
        long chargeCents,
        long insurancePaidCents,
        long insuranceAdjustedCents,
        long patientResponsibilityCents,
        String patientName) {
    private static final TypeReference<List<StatementLine>> LIST = new TypeReference<>() {};

    /** Lines as stored ({@code StatementLine} list JSON). */
    public static List<StatementLine> listOf(String json) {
        try {
            return EventJson.mapper().readValue(json, LIST);
        } catch (Exception e) {
            throw new IllegalStateException("statement lines are unreadable", e);
        }
    }
}
