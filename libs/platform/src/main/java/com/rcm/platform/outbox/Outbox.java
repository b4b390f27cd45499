package com.rcm.platform.outbox;

import com.rcm.events.EventJson;
import com.rcm.events.EventType;
import com.rcm.platform.tracing.EncounterTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes events into the outbox table inside the caller's transaction, so an event exists exactly
 * when the state change it describes does. Nothing is sent to Kafka here.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EncounterTraces traces;

    public Outbox(
            EntityManager entityManager,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay,
            EncounterTraces traces) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.relay = relay;
        this.traces = traces;
    }

    /** Adds the event to the current transaction and returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(OutgoingEvent event) {
        EventType type = EventType.ofPayload(event.payload().getClass())
                .orElseThrow(() -> new IllegalArgumentException(
                        "not a published event: " + event.payload().getClass()));
        String id = UUID.randomUUID().toString();
        entityManager
                .createNativeQuery("""
                INSERT INTO outbox_event (id, topic, message_key, event_type, subject, tenant_id, encounter_id,
                                          correlation_id, causation_id, payload, created_at, traceparent)
                VALUES (:id, :topic, :key, :type, :subject, :tenant, :encounter, :correlation, :causation,
                        :payload, :createdAt, CAST(:traceparent AS text))
                """)
                // The row depends on nothing the persistence context holds: no flush first.
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("id", UUID.fromString(id))
                .setParameter("topic", type.topic())
                .setParameter("key", event.partitionKey())
                .setParameter("type", type.type())
                .setParameter("subject", event.subject())
                .setParameter("tenant", event.tenantId())
                .setParameter("encounter", event.encounterId())
                .setParameter("correlation", event.correlationId() != null ? event.correlationId() : id)
                .setParameter("causation", event.causationId())
                .setParameter("payload", EventJson.write(event.payload()))
                .setParameter("createdAt", OffsetDateTime.now())
                .setParameter("traceparent", traces.forOutgoing(event.tenantId(), event.encounterId()))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return id;
    }

    /** Lets the relay publish right after commit instead of at its next poll. */
    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
