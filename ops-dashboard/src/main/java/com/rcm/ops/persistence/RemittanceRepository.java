package com.rcm.ops.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/** The 835 payments received, one row per event, with how many guide warnings their file carried. */
@ApplicationScoped
public class RemittanceRepository {
    private final EntityManager em;

    public RemittanceRepository(EntityManager em) {
        this.em = em;
    }

    /** One payer's 835 payments for one practice: how many, how many carried warnings, and how many warnings. */
    public record PayerFiles(String tenantId, String payerId, long payments, long withWarnings, long warnings) {}

    /** Keeps the payment once per event; {@code payerId} empty when the file named none. */
    public void keep(
            String eventId,
            String tenantId,
            String remittanceId,
            String payerId,
            int warnings,
            OffsetDateTime receivedAt) {
        em.createNativeQuery("""
                INSERT INTO remittance_received (event_id, tenant_id, remittance_id, payer_id, warnings, received_at)
                VALUES (:event, :tenant, :remittance, :payer, :warnings, :at)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", eventId)
                .setParameter("tenant", tenantId)
                .setParameter("remittance", remittanceId)
                .setParameter("payer", payerId)
                .setParameter("warnings", warnings)
                .setParameter("at", receivedAt)
                .executeUpdate();
    }

    /** Per practice and payer since {@code since}, most warned first; {@code tenantId} null for all. */
    public List<PayerFiles> byPayer(String tenantId, OffsetDateTime since) {
        return NativeRows.of(
                em.createNativeQuery("""
                SELECT tenant_id, payer_id, count(*), count(*) FILTER (WHERE warnings > 0), sum(warnings)
                  FROM remittance_received
                 WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant) AND received_at >= :since
                 GROUP BY tenant_id, payer_id
                 ORDER BY count(*) FILTER (WHERE warnings > 0) DESC, payer_id""").setParameter("tenant", tenantId).setParameter("since", since),
                r -> new PayerFiles(r.text(0), r.text(1), r.number(2), r.number(3), r.number(4)));
    }
}
