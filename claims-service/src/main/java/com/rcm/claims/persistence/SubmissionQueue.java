package com.rcm.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Clean claims waiting to go to the clearinghouse, oldest first: first to be written into an 837P
 * interchange, then, naming it, for the clearinghouse to answer it.
 */
@ApplicationScoped
public class SubmissionQueue {
    /** Fired for each claim queued; observers after commit hear that work has arrived. */
    public record Queued(String tenantId) {}

    private final EntityManager em;
    private final Event<Queued> queued;

    public SubmissionQueue(EntityManager em, Event<Queued> queued) {
        this.em = em;
        this.queued = queued;
    }

    public void enqueue(String tenantId, String claimId) {
        em.createNativeQuery("INSERT INTO submission_queue (claim_id, tenant_id) VALUES (:claim, :tenant) "
                        + "ON CONFLICT (claim_id) DO NOTHING")
                .setParameter("claim", claimId)
                .setParameter("tenant", tenantId)
                .executeUpdate();
        queued.fire(new Queued(tenantId));
    }

    @SuppressWarnings("unchecked")
    public List<String> tenantsWaiting() {
        return em.createNativeQuery("SELECT DISTINCT tenant_id FROM submission_queue")
                .getResultList();
    }

    /**
     * Up to {@code limit} of the practice's oldest claims not yet written into an interchange, locked
     * until the transaction ends. Rows another sender holds are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<String> unwritten(String tenantId, int limit) {
        return em.createNativeQuery("""
                SELECT claim_id FROM submission_queue WHERE tenant_id = :tenant AND interchange_id IS NULL
                 ORDER BY queued_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .setParameter("tenant", tenantId)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** The claims now wait for the clearinghouse's answer to this interchange. */
    public void writtenInto(List<String> claimIds, String interchangeId) {
        if (!claimIds.isEmpty()) {
            em.createNativeQuery("UPDATE submission_queue SET interchange_id = :interchange WHERE claim_id IN (:ids)")
                    .setParameter("interchange", interchangeId)
                    .setParameter("ids", claimIds)
                    .executeUpdate();
        }
    }

    /** Of these claims, those not written into an interchange will not be sent (held, or no longer ready). */
    public void removeUnwritten(List<String> claimIds) {
        if (!claimIds.isEmpty()) {
            em.createNativeQuery("DELETE FROM submission_queue WHERE claim_id IN (:ids) AND interchange_id IS NULL")
                    .setParameter("ids", claimIds)
                    .executeUpdate();
        }
    }

    /** The practice's written interchanges still waiting for an answer, oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> interchangesWaiting(String tenantId) {
        return em.createNativeQuery("""
                SELECT interchange_id FROM submission_queue WHERE tenant_id = :tenant AND interchange_id IS NOT NULL
                 GROUP BY interchange_id ORDER BY min(queued_at)""").setParameter("tenant", tenantId).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> claimsOf(String interchangeId) {
        return em.createNativeQuery("SELECT claim_id FROM submission_queue WHERE interchange_id = :interchange")
                .setParameter("interchange", interchangeId)
                .getResultList();
    }

    /** The clearinghouse answered the interchange: its claims leave the queue. */
    public void answered(String interchangeId) {
        em.createNativeQuery("DELETE FROM submission_queue WHERE interchange_id = :interchange")
                .setParameter("interchange", interchangeId)
                .executeUpdate();
    }
}
