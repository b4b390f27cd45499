package com.rcm.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Clean claims waiting for the next batch to the clearinghouse, oldest first. */
@ApplicationScoped
public class SubmissionQueue {
    private final EntityManager em;

    public SubmissionQueue(EntityManager em) {
        this.em = em;
    }

    public void enqueue(String tenantId, String claimId) {
        em.createNativeQuery("INSERT INTO submission_queue (claim_id, tenant_id) VALUES (:claim, :tenant) "
                + "ON CONFLICT (claim_id) DO NOTHING")
                .setParameter("claim", claimId).setParameter("tenant", tenantId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> tenantsWaiting() {
        return em.createNativeQuery("SELECT DISTINCT tenant_id FROM submission_queue").getResultList();
    }

    /**
     * Takes up to {@code limit} of the practice's oldest waiting claims off the queue. Rows another
     * sender holds are skipped; if this transaction rolls back, the claims wait for the next batch.
     */
    @SuppressWarnings("unchecked")
    public List<String> take(String tenantId, int limit) {
        return em.createNativeQuery("""
                DELETE FROM submission_queue WHERE claim_id IN (
                    SELECT claim_id FROM submission_queue WHERE tenant_id = :tenant
                     ORDER BY queued_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING claim_id""")
                .setParameter("tenant", tenantId).setParameter("limit", limit).getResultList();
    }
}
