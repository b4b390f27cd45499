package com.rcm.payments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Which practice a payee NPI belongs to, learned from the claims each practice submits. */
@ApplicationScoped
public class PayeeRoutes {
    private final EntityManager em;

    public PayeeRoutes(EntityManager em) {
        this.em = em;
    }

    /** Records the route; an NPI already routed to a practice keeps its first route. */
    public void learn(String npi, String tenantId) {
        em.createNativeQuery("INSERT INTO payee_route (npi, tenant_id) VALUES (:npi, :t) ON CONFLICT DO NOTHING")
                .setParameter("npi", npi).setParameter("t", tenantId).executeUpdate();
    }

    public Optional<String> tenantOf(String npi) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT tenant_id FROM payee_route WHERE npi = :npi")
                .setParameter("npi", npi).getResultList();
        return rows.stream().findFirst();
    }
}
