package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/** An encounter as a practice or partner EHR submits it (the published intake body). */
public record EncounterSubmitted(String externalId, LocalDate dateOfService, String placeOfService, Patient patient,
        Coverage coverage, String renderingProviderNpi, List<String> diagnoses, List<ServiceLine> services) {
}
