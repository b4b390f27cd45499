package com.rcm.ops.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/** Denials as payers sent them, one row per event, and their totals. Reads see what row-level security lets them. */
@ApplicationScoped
public class DenialRepository {
    private final EntityManager em;

    public DenialRepository(EntityManager em) {
        this.em = em;
    }

    /** A denial to keep; {@code carcs} the distinct group-CARC reasons, comma-separated. */
    public record Denial(
            String eventId,
            String tenantId,
            String claimId,
            String encounterId,
            String payerId,
            String mainReason,
            String carcs,
            long chargeCents,
            OffsetDateTime deniedAt) {}

    /** Claims denied under one key (a reason or a payer) for one practice, and the charge they carried. */
    public record Total(String tenantId, String key, long claims, long chargeCents) {}

    /** Keeps the denial once per event. */
    public void keep(Denial denial) {
        em.createNativeQuery("""
                INSERT INTO denial (event_id, tenant_id, claim_id, encounter_id, payer_id, main_reason, carcs,
                                    charge_cents, denied_at)
                VALUES (:event, :tenant, :claim, :encounter, :payer, :main, :carcs, :charge, :at)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", denial.eventId())
                .setParameter("tenant", denial.tenantId())
                .setParameter("claim", denial.claimId())
                .setParameter("encounter", denial.encounterId())
                .setParameter("payer", denial.payerId())
                .setParameter("main", denial.mainReason())
                .setParameter("carcs", denial.carcs())
                .setParameter("charge", denial.chargeCents())
                .setParameter("at", denial.deniedAt())
                .executeUpdate();
    }

    /** Denials since {@code since} by main reason, most first; {@code tenantId} null for every practice. */
    public List<Total> byReason(String tenantId, OffsetDateTime since) {
        return totals("main_reason", tenantId, since);
    }

    /** Denials since {@code since} by payer, most first; {@code tenantId} null for every practice. */
    public List<Total> byPayer(String tenantId, OffsetDateTime since) {
        return totals("payer_id", tenantId, since);
    }

    /** {@code column} is one of the two above, never caller input. */
    private List<Total> totals(String column, String tenantId, OffsetDateTime since) {
        return NativeRows.of(
                em.createNativeQuery("""
                SELECT tenant_id, %1$s, count(*), sum(charge_cents) FROM denial
                 WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant) AND denied_at >= :since
                 GROUP BY tenant_id, %1$s ORDER BY count(*) DESC, %1$s""".formatted(column))
                        .setParameter("tenant", tenantId)
                        .setParameter("since", since),
                r -> new Total(r.text(0), r.text(1), r.number(2), r.number(3)));
    }
}
