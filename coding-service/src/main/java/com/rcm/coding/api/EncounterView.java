package com.rcm.coding.api;

import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An encounter with its codes, the edits found and its coding status. {@code coverage} is the primary payer,
 * {@code coverages} every payer in order (just the primary when there is one).
 */
public record EncounterView(
        String id,
        String externalId,
        String status,
        LocalDate dateOfService,
        String placeOfService,
        Patient patient,
        Coverage coverage,
        List<Coverage> coverages,
        String renderingProviderNpi,
        List<String> diagnoses,
        List<ServiceLine> services,
        List<Edit> edits,
        String channel,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime queuedAt) {

    /** A failed edit; {@code overridable} says whether a coder may approve past it with a reason. */
    public record Edit(String editId, String field, String message, boolean overridable) {}
}
