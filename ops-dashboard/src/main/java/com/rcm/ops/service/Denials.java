package com.rcm.ops.service;

import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Denials as payers sent them, summed by reason (CARC) and by payer for the denial views. */
@ApplicationScoped
public class Denials {
    private final EntityManager em;

    public Denials(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InboundEvent event) {
        ClaimDenied denied = event.payloadAs(ClaimDenied.class);
        List<Adjustment> reasons = denied.adjustments() == null ? List.of() : denied.adjustments();
        String main = reasons.stream().max(Comparator.comparingLong(Adjustment::amountCents))
                .map(Denials::reasonOf).orElse("unknown");
        OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
        em.createNativeQuery("""
                INSERT INTO denial (event_id, tenant_id, claim_id, encounter_id, payer_id, main_reason, carcs,
                                    charge_cents, denied_at)
                VALUES (:event, :tenant, :claim, :encounter, :payer, :main, :carcs, :charge, :at)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", event.envelope().id()).setParameter("tenant", event.tenantId())
                .setParameter("claim", denied.claimId()).setParameter("encounter", denied.encounterId())
                .setParameter("payer", denied.payerId()).setParameter("main", main)
                .setParameter("carcs", reasons.stream().map(Denials::reasonOf).distinct()
                        .collect(Collectors.joining(",")))
                .setParameter("charge", denied.chargeCents()).setParameter("at", at).executeUpdate();
    }

    public record Total(String tenantId, String key, long claims, long chargeCents) {
    }

    public record Summary(List<Total> byReason, List<Total> byPayer) {
    }

    /** Denials of the last {@code days} days by main reason and by payer; {@code tenantId} null for every practice. */
    public Summary summary(String tenantId, int days) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        OffsetDateTime since = OffsetDateTime.now().minusDays(days);
        return TenantContext.callAs(as, () -> QuarkusTransaction.requiringNew().call(() ->
                new Summary(totals("main_reason", tenantId, since), totals("payer_id", tenantId, since))));
    }

    @SuppressWarnings("unchecked")
    private List<Total> totals(String column, String tenantId, OffsetDateTime since) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT tenant_id, %1$s, count(*), sum(charge_cents) FROM denial
                 WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant) AND denied_at >= :since
                 GROUP BY tenant_id, %1$s ORDER BY count(*) DESC, %1$s""".formatted(column))
                .setParameter("tenant", tenantId).setParameter("since", since).getResultList();
        return rows.stream().map(r -> new Total((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    private static String reasonOf(Adjustment a) {
        return a.groupCode() + "-" + a.carc();
    }
}
