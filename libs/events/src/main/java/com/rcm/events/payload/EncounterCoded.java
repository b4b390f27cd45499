package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/** An encounter whose codes passed every edit (or were approved by a coder): ready to be claimed. */
public record EncounterCoded(String encounterId, String externalId, LocalDate dateOfService, String placeOfService,
        Patient patient, Coverage coverage, String renderingProviderNpi, List<String> diagnoses,
        List<ServiceLine> services) {
}
