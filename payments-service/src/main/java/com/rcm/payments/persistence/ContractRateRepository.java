package com.rcm.payments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.TreeMap;

/** What each payer contracted to allow per procedure code: the yardstick for underpayments. */
@ApplicationScoped
public class ContractRateRepository {
    private final EntityManager em;

    public ContractRateRepository(EntityManager em) {
        this.em = em;
    }

    /** The practice's contracted allowed cents per procedure code with {@code payerId}. */
    public Map<String, Long> ratesOf(String payerId) {
        Map<String, Long> rates = new TreeMap<>();
        NativeRows.of(em, "SELECT code, allowed_cents FROM contract_rate WHERE payer_id = :p")
                .setParameter("p", payerId)
                .list()
                .forEach(r -> rates.put((String) r[0], SqlValues.cents(r[1])));
        return rates;
    }

    public void save(String tenantId, String payerId, String code, long allowedCents) {
        em.createNativeQuery("""
                INSERT INTO contract_rate (tenant_id, payer_id, code, allowed_cents) VALUES (:t, :p, :code, :cents)
                ON CONFLICT (tenant_id, payer_id, code) DO UPDATE SET allowed_cents = EXCLUDED.allowed_cents""")
                .setParameter("t", tenantId)
                .setParameter("p", payerId)
                .setParameter("code", code)
                .setParameter("cents", allowedCents)
                .executeUpdate();
    }
}
