package com.rcm.patientbilling.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** The practices with patient accounts, and the day each one's billing cycle last ran. */
@ApplicationScoped
public class BillingCycleRuns {
    private final EntityManager em;

    public BillingCycleRuns(EntityManager em) {
        this.em = em;
    }

    public void enroll(String tenantId) {
        em.createNativeQuery("INSERT INTO billing_cycle (tenant_id) VALUES (:tenant) ON CONFLICT DO NOTHING")
                .setParameter("tenant", tenantId)
                .executeUpdate();
    }

    /** Practices whose cycle has not run on {@code day} yet. */
    @SuppressWarnings("unchecked")
    public List<String> dueOn(LocalDate day) {
        return em.createNativeQuery(
                        "SELECT tenant_id FROM billing_cycle WHERE last_run_on IS NULL OR last_run_on < :day "
                                + "ORDER BY tenant_id")
                .setParameter("day", day)
                .getResultList();
    }

    public void ranOn(String tenantId, LocalDate day) {
        em.createNativeQuery(
                        "UPDATE billing_cycle SET last_run_on = GREATEST(last_run_on, :day) WHERE tenant_id = :tenant")
                .setParameter("tenant", tenantId)
                .setParameter("day", day)
                .executeUpdate();
    }
}
