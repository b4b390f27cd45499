package com.rcm.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Hands out control numbers from a counter row per tenant, kind and scope. Each call commits on its
 * own, so a number handed out is never handed out again, even when the claim it was for rolls back.
 */
@ApplicationScoped
public class ControlNumbers {
    public static final String INTERCHANGE = "ISA13";
    public static final String PATIENT_CONTROL = "CLM01";

    private final EntityManager em;

    public ControlNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long next(String tenantId, String kind, String scope) {
        return reserve(tenantId, kind, scope, 1);
    }

    /** Moves the counter past the next {@code count} numbers at once and returns the last of them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long reserve(String tenantId, String kind, String scope, int count) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO control_number (tenant_id, kind, scope, last_value) VALUES (:t, :kind, :scope, :count)
                ON CONFLICT (tenant_id, kind, scope) DO UPDATE SET last_value = control_number.last_value + :count
                RETURNING last_value""")
                        .setParameter("t", tenantId)
                        .setParameter("kind", kind)
                        .setParameter("scope", scope)
                        .setParameter("count", count)
                        .getSingleResult())
                .longValue();
    }
}
