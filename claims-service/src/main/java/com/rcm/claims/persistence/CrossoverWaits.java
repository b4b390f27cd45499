package com.rcm.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Claims a payer forwarded to the next payer itself (a crossover), with the date by which that payer's
 * 835 is due, across practices.
 */
@ApplicationScoped
public class CrossoverWaits {
    private final EntityManager em;

    public CrossoverWaits(EntityManager em) {
        this.em = em;
    }

    /** Waits for {@code nextPayerId}'s decision on the claim until {@code dueAt}; a second call keeps the first date. */
    public void await(String tenantId, String claimId, String nextPayerId, OffsetDateTime dueAt) {
        em.createNativeQuery("""
                INSERT INTO crossover_wait (claim_id, tenant_id, next_payer_id, due_at)
                VALUES (:claim, :tenant, :payer, :due) ON CONFLICT (claim_id) DO NOTHING""")
                .setParameter("claim", claimId)
                .setParameter("tenant", tenantId)
                .setParameter("payer", nextPayerId)
                .setParameter("due", dueAt)
                .executeUpdate();
    }

    public void forget(String claimId) {
        em.createNativeQuery("DELETE FROM crossover_wait WHERE claim_id = :claim")
                .setParameter("claim", claimId)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> tenantsDue(OffsetDateTime now) {
        return em.createNativeQuery("SELECT DISTINCT tenant_id FROM crossover_wait WHERE due_at <= :now")
                .setParameter("now", now)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> due(String tenantId, OffsetDateTime now, int limit) {
        return em.createNativeQuery("""
                SELECT claim_id FROM crossover_wait WHERE tenant_id = :tenant AND due_at <= :now
                 ORDER BY due_at LIMIT :limit""")
                .setParameter("tenant", tenantId)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
