package com.rcm.patientbilling.domain;

import java.time.LocalDate;

/** One service on a statement: what was charged, what insurance paid and wrote off, what the patient owes. */
public record StatementLine(String encounterId, String claimId, LocalDate dateOfService, String description,
        long chargeCents, long insurancePaidCents, long insuranceAdjustedCents, long patientOwesCents) {
}
