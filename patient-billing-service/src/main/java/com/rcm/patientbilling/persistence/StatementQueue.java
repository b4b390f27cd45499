package com.rcm.patientbilling.persistence;

import com.rcm.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Guarantors with new charges waiting for their statement, across practices. */
@ApplicationScoped
public class StatementQueue {
    private final EntityManager em;
    private final Event<Queued> queued;

    /** A guarantor taken off the queue, with the event that queued it (null when a person did). */
    public record Taken(EventEnvelope cause) {}

    /** Fired for each guarantor queued; observers after commit hear that work has arrived. */
    public record Queued(String tenantId) {}

    public StatementQueue(EntityManager em, Event<Queued> queued) {
        this.em = em;
        this.queued = queued;
    }

    /**
     * Queues the guarantor for the next batch, which bills everything queued for them in one statement;
     * the oldest waiting request's event ({@code cause}, null for a person's request) is what the
     * statement names as cause. Never waits for another transaction: callers hold a patient account.
     */
    public void add(String tenantId, String guarantorKey, EventEnvelope cause) {
        em.createNativeQuery("""
                INSERT INTO statement_queue (tenant_id, guarantor_key, queued_at, cause_event_id, correlation_id)
                VALUES (:tenant, :key, :now, :cause, :correlation)""")
                .setParameter("tenant", tenantId)
                .setParameter("key", guarantorKey)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("cause", cause == null ? null : cause.id())
                .setParameter(
                        "correlation",
                        cause == null ? null : cause.correlationId() != null ? cause.correlationId() : cause.id())
                .executeUpdate();
        queued.fire(new Queued(tenantId));
    }

    @SuppressWarnings("unchecked")
    public List<String> tenantsWaiting() {
        return em.createNativeQuery("SELECT DISTINCT tenant_id FROM statement_queue")
                .getResultList();
    }

    /** The practice's longest-waiting guarantors, without taking them. */
    @SuppressWarnings("unchecked")
    public List<String> waiting(String tenantId, int limit) {
        return em.createNativeQuery("""
                SELECT guarantor_key FROM statement_queue WHERE tenant_id = :tenant
                 GROUP BY guarantor_key ORDER BY min(queued_at) LIMIT :limit""")
                .setParameter("tenant", tenantId)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Takes the guarantor off the queue in the caller's transaction, answering the event that queued it
     * first as a cause (id and correlation only; null when a person queued it); empty when another batch
     * holds or already took it. A rollback puts it back.
     */
    @SuppressWarnings("unchecked")
    public Optional<Taken> take(String tenantId, String guarantorKey) {
        List<Object[]> taken = em.createNativeQuery("""
                DELETE FROM statement_queue WHERE id IN (
                    SELECT id FROM statement_queue
                     WHERE tenant_id = :tenant AND guarantor_key = :key FOR UPDATE SKIP LOCKED)
                RETURNING id, cause_event_id, correlation_id""")
                .setParameter("tenant", tenantId)
                .setParameter("key", guarantorKey)
                .getResultList();
        return taken.stream()
                .min(Comparator.comparingLong(row -> ((Number) row[0]).longValue()))
                .map(first -> {
                    String causeId = (String) first[1];
                    return new Taken(
                            causeId == null
                                    ? null
                                    : new EventEnvelope(
                                            causeId, null, null, null, null, tenantId, null, (String) first[2], null));
                });
    }

    /** Whether the guarantor waits for a batch's statement, counting one a batch is taking right now. */
    public boolean holds(String tenantId, String guarantorKey) {
        return !em.createNativeQuery(
                        "SELECT 1 FROM statement_queue WHERE tenant_id = :tenant AND guarantor_key = :key " + "LIMIT 1")
                .setParameter("tenant", tenantId)
                .setParameter("key", guarantorKey)
                .getResultList()
                .isEmpty();
    }

    /** A guarantor whose statement failed waits behind the others, so it never holds up the practice. */
    public void moveToBack(String tenantId, String guarantorKey) {
        em.createNativeQuery(
                        "UPDATE statement_queue SET queued_at = :now WHERE tenant_id = :tenant AND guarantor_key = :key")
                .setParameter("now", OffsetDateTime.now())
                .setParameter("tenant", tenantId)
                .setParameter("key", guarantorKey)
                .executeUpdate();
    }
}
