package com.rcm.coding.review;

import com.rcm.coding.domain.EditFinding;
import com.rcm.coding.domain.EncounterStatus;
import com.rcm.coding.edits.EditRule;
import com.rcm.coding.persistence.EncounterEntity;
import com.rcm.coding.persistence.EncounterRepository;
import com.rcm.coding.persistence.ProviderQueryEntity;
import com.rcm.coding.persistence.ProviderQueryRepository;
import com.rcm.coding.service.EncounterCoding;
import com.rcm.events.EventJson;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.EncounterVoided;
import com.rcm.events.payload.ServiceLine;
import com.rcm.platform.api.ApiProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a coder does with an encounter in the queue: correct its codes (the edits run again at once),
 * re-run the edits, approve it (overriding what remains only with a reason, and only edits that allow
 * it), void it, or ask the rendering provider and wait for the answer. Every step is audited.
 */
@ApplicationScoped
public class CoderReview {
    private static final Set<EncounterStatus> IN_QUEUE = Set.of(EncounterStatus.NEEDS_REVIEW);
    private static final Set<EncounterStatus> OPEN =
            Set.of(EncounterStatus.NEEDS_REVIEW, EncounterStatus.PENDING_PROVIDER);

    private final EncounterRepository encounters;
    private final ProviderQueryRepository queries;
    private final EncounterCoding coding;
    private final CodingAudit audit;

    public CoderReview(
            EncounterRepository encounters,
            ProviderQueryRepository queries,
            EncounterCoding coding,
            CodingAudit audit) {
        this.encounters = encounters;
        this.queries = queries;
        this.coding = coding;
        this.audit = audit;
    }

    @Transactional
    public EncounterEntity correct(String id, CodingCorrection correction, String actor) {
        EncounterEntity encounter = find(id, IN_QUEUE, "corrected");
        String before = CodingAudit.snapshot(encounter);
        EncounterSubmitted s = EventJson.read(encounter.submission, EncounterSubmitted.class);
        List<String> diagnoses = correction.diagnoses() == null ? s.diagnoses() : correction.diagnoses();
        List<ServiceLine> services = correction.services() == null ? s.services() : numbered(correction.services());
        encounter.submission = EventJson.write(new EncounterSubmitted(
                s.externalId(),
                s.dateOfService(),
                s.placeOfService(),
                s.patient(),
                s.coverage(),
                s.renderingProviderNpi(),
                diagnoses,
                services,
                s.coverages()));
        coding.runEdits(encounter);
        audit.record(encounter, actor, "CORRECTED", null, before, CodingAudit.snapshot(encounter));
        return encounter;
    }

    @Transactional
    public EncounterEntity recheck(String id, String actor) {
        EncounterEntity encounter = find(id, IN_QUEUE, "re-checked");
        String before = CodingAudit.snapshot(encounter);
        coding.runEdits(encounter);
        audit.record(encounter, actor, "EDITS_RUN", null, before, CodingAudit.snapshot(encounter));
        return encounter;
    }

    /**
     * CODED when the edits now pass; with findings left, CODED only when every one may be overridden
     * and {@code overrideReason} says why.
     */
    @Transactional
    public EncounterEntity approve(String id, String overrideReason, String actor) {
        EncounterEntity encounter = find(id, IN_QUEUE, "approved");
        String before = CodingAudit.snapshot(encounter);
        List<EditFinding> findings = coding.runEdits(encounter);
        List<EditFinding> hard = findings.stream()
                .filter(f -> !EditRule.isOverridable(f.editId()))
                .toList();
        if (!hard.isEmpty()) {
            throw new EditsStillFailingException("these edits cannot be overridden; correct the codes first", hard);
        }
        boolean override = !findings.isEmpty();
        if (override && (overrideReason == null || overrideReason.isBlank())) {
            throw new EditsStillFailingException(
                    "edits still fail; approving past them needs an override reason", findings);
        }
        coding.markCoded(encounter, null);
        audit.record(
                encounter,
                actor,
                override ? "APPROVED_WITH_OVERRIDE" : "APPROVED",
                override ? overrideReason : null,
                before,
                CodingAudit.snapshot(encounter));
        return encounter;
    }

    @Transactional
    public EncounterEntity voidEncounter(String id, String reason, String actor) {
        EncounterEntity encounter = find(id, OPEN, "voided");
        String before = CodingAudit.snapshot(encounter);
        encounter.status = EncounterStatus.VOIDED;
        encounter.queuedAt = null;
        encounter.updatedAt = OffsetDateTime.now();
        coding.publish(encounter, new EncounterVoided(encounter.id, reason), null);
        audit.record(encounter, actor, "VOIDED", reason, before, CodingAudit.snapshot(encounter));
        return encounter;
    }

    @Transactional
    public ProviderQueryEntity askProvider(String id, String question, String actor) {
        EncounterEntity encounter = find(id, IN_QUEUE, "sent to the provider");
        String before = CodingAudit.snapshot(encounter);
        ProviderQueryEntity query = new ProviderQueryEntity();
        query.id = UUID.randomUUID().toString();
        query.tenantId = encounter.tenantId;
        query.encounterId = encounter.id;
        query.providerNpi =
                EventJson.read(encounter.submission, EncounterSubmitted.class).renderingProviderNpi();
        query.question = question;
        query.askedBy = actor;
        query.askedAt = OffsetDateTime.now();
        queries.persist(query);
        encounter.status = EncounterStatus.PENDING_PROVIDER;
        encounter.updatedAt = query.askedAt;
        audit.record(encounter, actor, "PROVIDER_QUERIED", question, before, CodingAudit.snapshot(encounter));
        return query;
    }

    /** The provider's answer; the encounter returns to the queue at its old place. */
    @Transactional
    public ProviderQueryEntity answerProvider(String id, String queryId, String answer, String actor) {
        EncounterEntity encounter = find(id, Set.of(EncounterStatus.PENDING_PROVIDER), "answered");
        ProviderQueryEntity query = queries.findById(queryId);
        if (query == null || !query.encounterId.equals(id)) {
            throw ApiProblemException.notFound("provider query", queryId);
        }
        if (query.answer != null) {
            throw new ApiProblemException(
                    409, "Already answered", "provider query " + queryId + " was answered on " + query.answeredAt);
        }
        String before = CodingAudit.snapshot(encounter);
        query.answer = answer;
        query.answeredBy = actor;
        query.answeredAt = OffsetDateTime.now();
        encounter.status = EncounterStatus.NEEDS_REVIEW;
        encounter.updatedAt = query.answeredAt;
        audit.record(encounter, actor, "PROVIDER_ANSWERED", answer, before, CodingAudit.snapshot(encounter));
        return query;
    }

    private EncounterEntity find(String id, Set<EncounterStatus> allowed, String action) {
        EncounterEntity encounter = encounters.findById(id);
        if (encounter == null) {
            throw ApiProblemException.notFound("encounter", id);
        }
        if (!allowed.contains(encounter.status)) {
            throw new ApiProblemException(
                    409,
                    "Not in the coder queue",
                    "encounter " + id + " is " + encounter.status + " and cannot be " + action + " (only " + allowed
                            + ")");
        }
        return encounter;
    }

    private static List<ServiceLine> numbered(List<ServiceLine> lines) {
        List<ServiceLine> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine l = lines.get(i);
            numbered.add(new ServiceLine(
                    i + 1,
                    l.code(),
                    l.modifiers() == null ? List.of() : l.modifiers(),
                    l.units(),
                    l.diagnosisPointers() == null ? List.of() : l.diagnosisPointers(),
                    l.chargeCents()));
        }
        return numbered;
    }
}
