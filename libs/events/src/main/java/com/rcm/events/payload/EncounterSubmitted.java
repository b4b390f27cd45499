package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/**
 * An encounter as a practice or partner EHR submits it (the intake body docs/api.md describes).
 *
 * @param coverage  the primary coverage
 * @param coverages every coverage, sorted by order (primary first); just {@code coverage} when there is one
 */
public record EncounterSubmitted(
        String externalId,
        LocalDate dateOfService,
        String placeOfService,
        Patient patient,
        Coverage coverage,
        String renderingProviderNpi,
        List<String> diagnoses,
        List<ServiceLine> services,
        List<Coverage> coverages) {

    public EncounterSubmitted {
        coverages = Coverages.inOrder(coverage, coverages);
        if (coverage == null) {
            coverage = Coverages.primaryOf(coverages);
        }
    }

    /** An encounter with one coverage, the primary. */
    public EncounterSubmitted(
            String externalId,
            LocalDate dateOfService,
            String placeOfService,
            Patient patient,
            Coverage coverage,
            String renderingProviderNpi,
            List<String> diagnoses,
            List<ServiceLine> services) {
        this(
                externalId,
                dateOfService,
                placeOfService,
                patient,
                coverage,
                renderingProviderNpi,
                diagnoses,
                services,
                null);
    }
}
