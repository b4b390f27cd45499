package com.rcm.payments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Which practice a payee NPI belongs to, as the claims service's registry of billing NPIs announced it
 * ({@code billing.payee.registered.v1}, ADR 23); nothing else writes a route.
 */
@ApplicationScoped
public class PayeeRoutes {
    private final EntityManager em;

    public PayeeRoutes(EntityManager em) {
        this.em = em;
    }

    /**
     * Routes {@code npi} to {@code tenantId} unless a newer ownership (higher version) was read already:
     * one NPI's events are keyed by practice and may be read out of order, and a redelivery is harmless.
     */
    public void route(String npi, String tenantId, long version) {
        em.createNativeQuery("""
                INSERT INTO payee_route (npi, tenant_id, version) VALUES (:npi, :t, :v)
                ON CONFLICT (npi) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, version = EXCLUDED.version
                 WHERE payee_route.version < EXCLUDED.version""")
                .setParameter("npi", npi)
                .setParameter("t", tenantId)
                .setParameter("v", version)
                .executeUpdate();
    }

    public Optional<String> tenantOf(String npi) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT tenant_id FROM payee_route WHERE npi = :npi")
                .setParameter("npi", npi)
                .getResultList();
        return rows.stream().findFirst();
    }
}
