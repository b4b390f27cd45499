package com.rcm.coding.service;

import com.rcm.coding.domain.CodeFormatEdits;
import com.rcm.coding.domain.EditFinding;
import com.rcm.coding.domain.EncounterStatus;
import com.rcm.coding.persistence.EncounterEntity;
import com.rcm.coding.persistence.EncounterRepository;
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

/** Runs the coding edits on a received encounter: clean ones are CODED, the rest wait for a coder. */
@ApplicationScoped
public class EncounterCoding {
    private final EncounterRepository encounters;
    private final Outbox outbox;

    public EncounterCoding(EncounterRepository encounters, Outbox outbox) {
        this.encounters = encounters;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void code(String encounterId, EventEnvelope cause) {
        EncounterEntity encounter = encounters.findById(encounterId);
        if (encounter == null || encounter.status != EncounterStatus.RECEIVED) {
            return;
        }
        EncounterSubmitted submission = EventJson.read(encounter.submission, EncounterSubmitted.class);
        List<EditFinding> findings = CodeFormatEdits.check(submission);
        encounter.updatedAt = OffsetDateTime.now();
        Object event;
        if (findings.isEmpty()) {
            encounter.status = EncounterStatus.CODED;
            encounter.edits = null;
            event = new EncounterCoded(encounter.id, submission.externalId(), submission.dateOfService(),
                    submission.placeOfService(), submission.patient(), submission.coverage(),
                    submission.renderingProviderNpi(), submission.diagnoses(), submission.services());
        } else {
            encounter.status = EncounterStatus.NEEDS_REVIEW;
            encounter.edits = EventJson.write(findings);
            event = new EncounterNeedsReview(encounter.id, findings.stream()
                    .map(f -> new EncounterNeedsReview.Edit(f.editId(), f.field() + ": " + f.message()))
                    .toList());
        }
        outbox.publish(OutgoingEvent.of(encounter.tenantId, encounter.id, "encounter/" + encounter.id, event)
                .causedBy(cause));
    }
}
