package com.rcm.coding.service;

import com.rcm.coding.domain.EditFinding;
import com.rcm.coding.domain.EncounterStatus;
import com.rcm.coding.edits.EncounterEdits;
import com.rcm.coding.persistence.EncounterEntity;
import com.rcm.coding.persistence.EncounterRepository;
import com.rcm.coding.review.CodingAudit;
import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.EncounterNeedsReview;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Runs the coding edits on an encounter and moves it on: a clean one is CODED and announced with
 * everything claims needs; the rest wait in the coder queue.
 */
@ApplicationScoped
public class EncounterCoding {
    private final EncounterRepository encounters;
    private final EncounterEdits edits;
    private final CodingAudit audit;
    private final Outbox outbox;

    public EncounterCoding(EncounterRepository encounters, EncounterEdits edits, CodingAudit audit, Outbox outbox) {
        this.encounters = encounters;
        this.edits = edits;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** Codes a RECEIVED encounter when its received event comes back; anything else has been coded already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void code(String encounterId, EventEnvelope cause) {
        EncounterEntity encounter = encounters.findById(encounterId);
        if (encounter == null || encounter.status != EncounterStatus.RECEIVED) {
            return;
        }
        String before = CodingAudit.snapshot(encounter);
        List<EditFinding> findings = runEdits(encounter);
        if (findings.isEmpty()) {
            markCoded(encounter, cause);
        } else {
            encounter.status = EncounterStatus.NEEDS_REVIEW;
            encounter.queuedAt = OffsetDateTime.now();
            publish(
                    encounter,
                    new EncounterNeedsReview(
                            encounter.id,
                            findings.stream()
                                    .map(f -> new EncounterNeedsReview.Edit(f.editId(), f.field() + ": " + f.message()))
                                    .toList()),
                    cause);
        }
        audit.record(encounter, CodingAudit.SYSTEM, "EDITS_RUN", null, before, CodingAudit.snapshot(encounter));
    }

    /** Runs the edits on the encounter's current codes and keeps what failed on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EditFinding> runEdits(EncounterEntity encounter) {
        List<EditFinding> findings = edits.check(EventJson.read(encounter.submission, EncounterSubmitted.class));
        encounter.edits = findings.isEmpty() ? null : EventJson.write(findings);
        encounter.updatedAt = OffsetDateTime.now();
        return findings;
    }

    /** CODED, and the coded encounter announced for claims. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markCoded(EncounterEntity encounter, EventEnvelope cause) {
        EncounterSubmitted s = EventJson.read(encounter.submission, EncounterSubmitted.class);
        encounter.status = EncounterStatus.CODED;
        encounter.queuedAt = null;
        encounter.updatedAt = OffsetDateTime.now();
        publish(
                encounter,
                new EncounterCoded(
                        encounter.id,
                        s.externalId(),
                        s.dateOfService(),
                        s.placeOfService(),
                        s.patient(),
                        s.coverage(),
                        s.renderingProviderNpi(),
                        s.diagnoses(),
                        s.services(),
                        s.coverages()),
                cause);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EncounterEntity encounter, Object payload, EventEnvelope cause) {
        OutgoingEvent event = OutgoingEvent.of(encounter.tenantId, encounter.id, "encounter/" + encounter.id, payload);
        outbox.publish(cause == null ? event : event.causedBy(cause));
    }
}
