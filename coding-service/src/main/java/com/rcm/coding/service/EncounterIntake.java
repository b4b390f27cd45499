package com.rcm.coding.service;

import com.rcm.coding.domain.EncounterStatus;
import com.rcm.coding.persistence.EncounterEntity;
import com.rcm.coding.persistence.EncounterRepository;
import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.EncounterReceived;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.platform.api.IdempotencyKeys;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Accepts encounters from practices (REST) and partner EHRs (Kafka) the same way. */
@ApplicationScoped
public class EncounterIntake {
    public static final String CHANNEL_REST = "REST";
    public static final String CHANNEL_KAFKA = "KAFKA";

    private final EncounterRepository encounters;
    private final IdempotencyKeys idempotencyKeys;
    private final Outbox outbox;

    public EncounterIntake(EncounterRepository encounters, IdempotencyKeys idempotencyKeys, Outbox outbox) {
        this.encounters = encounters;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
    }

    /** A practice's POST: the same Idempotency-Key and body answer the encounter created the first time. */
    @Transactional
    public EncounterEntity submit(String tenantId, String idempotencyKey, EncounterSubmitted submission) {
        String newId = UUID.randomUUID().toString();
        Optional<String> earlier = idempotencyKeys.reserve(tenantId, "encounter", idempotencyKey, submission, newId);
        if (earlier.isPresent()) {
            return encounters.findById(earlier.get());
        }
        return receive(tenantId, newId, submission, CHANNEL_REST, null);
    }

    /** Stores a new encounter and announces it; coding picks it up from that event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EncounterEntity receive(
            String tenantId, String id, EncounterSubmitted submission, String channel, EventEnvelope cause) {
        OffsetDateTime now = OffsetDateTime.now();
        EncounterEntity encounter = new EncounterEntity();
        encounter.id = id;
        encounter.tenantId = tenantId;
        encounter.externalId = submission.externalId();
        encounter.dateOfService = submission.dateOfService();
        encounter.status = EncounterStatus.RECEIVED;
        encounter.channel = channel;
        encounter.submission = EventJson.write(submission);
        encounter.createdAt = now;
        encounter.updatedAt = now;
        encounters.persist(encounter);
        OutgoingEvent received = OutgoingEvent.of(
                tenantId,
                id,
                "encounter/" + id,
                new EncounterReceived(id, submission.externalId(), submission.dateOfService(), channel));
        outbox.publish(cause == null ? received : received.causedBy(cause));
        return encounter;
    }
}
