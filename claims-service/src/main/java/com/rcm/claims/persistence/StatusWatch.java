package com.rcm.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.OffsetDateTime;
import java.util.List;

/** Claims sent and not yet decided, with when to ask the payer about them, across practices. */
@ApplicationScoped
public class StatusWatch {
    private final EntityManager em;

    public StatusWatch(EntityManager em) {
        this.em = em;
    }

    /** Watches the claim from now on, to be asked about at {@code dueAt} (a later call moves the date). */
    public void watch(String tenantId, String claimId, OffsetDateTime dueAt) {
        em.createNativeQuery("""
                INSERT INTO status_watch (claim_id, tenant_id, due_at) VALUES (:claim, :tenant, :due)
                ON CONFLICT (claim_id) DO UPDATE SET due_at = EXCLUDED.due_at""")
                // No entity writes this table and it refers to none: no flush first.
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("claim", claimId)
                .setParameter("tenant", tenantId)
                .setParameter("due", dueAt)
                .executeUpdate();
    }

    public void forget(String claimId) {
        em.createNativeQuery("DELETE FROM status_watch WHERE claim_id = :claim")
                .setParameter("claim", claimId)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> tenantsDue(OffsetDateTime now) {
        return em.createNativeQuery("SELECT DISTINCT tenant_id FROM status_watch WHERE due_at <= :now")
                .setParameter("now", now)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> due(String tenantId, OffsetDateTime now, int limit) {
        return em.createNativeQuery("""
                SELECT claim_id FROM status_watch WHERE tenant_id = :tenant AND due_at <= :now
                 ORDER BY due_at LIMIT :limit""")
                .setParameter("tenant", tenantId)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
