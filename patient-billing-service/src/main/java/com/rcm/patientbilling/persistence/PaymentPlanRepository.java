package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's payment plans and their histories. */
@ApplicationScoped
public class PaymentPlanRepository implements PanacheRepositoryBase<PaymentPlanEntity, String> {

    public Optional<PaymentPlanEntity> activeOf(String guarantorKey) {
        return find("guarantorKey = ?1 and status = ?2", guarantorKey, PaymentPlanEntity.Status.ACTIVE)
                .firstResultOptional();
    }

    public List<PaymentPlanEntity> active() {
        return list("status = ?1 order by createdAt", PaymentPlanEntity.Status.ACTIVE);
    }

    public List<PaymentPlanEventEntity> historyOf(String planId) {
        return getEntityManager()
                .createQuery(
                        "from PaymentPlanEventEntity e where e.planId = :plan order by e.seq",
                        PaymentPlanEventEntity.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    /** Records a step once: a step already in the history (same kind and installment) is not repeated. */
    public boolean recordOnce(
            PaymentPlanEntity plan, String kind, Integer installment, Long amountCents, LocalDate on) {
        return getEntityManager()
                        .createNativeQuery("""
                INSERT INTO payment_plan_event (id, tenant_id, plan_id, kind, installment, amount_cents, on_date)
                SELECT :id, :tenant, :plan, :kind, :installment, :amount, :on
                 WHERE NOT EXISTS (SELECT 1 FROM payment_plan_event
                                    WHERE plan_id = :plan AND kind = :kind
                                      AND installment IS NOT DISTINCT FROM :installment)""")
                        .setParameter("id", UUID.randomUUID().toString())
                        .setParameter("tenant", plan.tenantId)
                        .setParameter("plan", plan.id)
                        .setParameter("kind", kind)
                        .setParameter("installment", installment)
                        .setParameter("amount", amountCents)
                        .setParameter("on", on)
                        .executeUpdate()
                == 1;
    }
}
