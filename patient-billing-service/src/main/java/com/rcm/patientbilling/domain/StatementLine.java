package com.rcm.patientbilling.domain;

import java.time.LocalDate;

/**
 * One row of a patient statement: a billed service (or the claim-level remainder), what was charged,
 * what insurance paid and wrote off, and what is left to the patient. {@code service} is the CPT or
 * HCPCS code as billed, never a description (CPT descriptions are licensed).
 */
public record StatementLine(String encounterId, String claimId, LocalDate dateOfService, String service,
        long chargeCents, long insurancePaidCents, long insuranceAdjustedCents, long patientResponsibilityCents) {
}
