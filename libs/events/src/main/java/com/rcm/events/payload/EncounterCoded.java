package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/**
 * An encounter whose codes passed every edit (or were approved by a coder): ready to be claimed.
 *
 * @param coverage  the primary coverage
 * @param coverages every coverage, sorted by order (primary first); just {@code coverage} when there is one
 */
public record EncounterCoded(
        String encounterId,
        String externalId,
        LocalDate dateOfService,
        String placeOfService,
        Patient patient,
        Coverage coverage,
        String renderingProviderNpi,
        List<String> diagnoses,
        List<ServiceLine> services,
        List<Coverage> coverages) {

    public EncounterCoded {
        coverages = Coverages.inOrder(coverage, coverages);
        if (coverage == null) {
            coverage = Coverages.primaryOf(coverages);
        }
    }

    /** An encounter with one coverage, the primary. */
    public EncounterCoded(
            String encounterId,
            String externalId,
            LocalDate dateOfService,
            String placeOfService,
            Patient patient,
            Coverage coverage,
            String renderingProviderNpi,
            List<String> diagnoses,
            List<ServiceLine> services) {
        this(
                encounterId,
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
