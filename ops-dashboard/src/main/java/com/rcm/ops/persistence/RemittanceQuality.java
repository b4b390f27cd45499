package com.rcm.ops.persistence;

import com.rcm.events.payload.RemittanceReceived;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** How often each payer's 835s stray from the implementation guide: payments received, and with warnings. */
@ApplicationScoped
public class RemittanceQuality {
    private final EntityManager em;

    public RemittanceQuality(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InboundEvent event) {
        RemittanceReceived received = event.payloadAs(RemittanceReceived.class);
        OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
        em.createNativeQuery("""
                INSERT INTO remittance_received (event_id, tenant_id, remittance_id, payer_id, warnings, received_at)
                VALUES (:event, :tenant, :remittance, :payer, :warnings, :at)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", event.envelope().id()).setParameter("tenant", event.tenantId())
                .setParameter("remittance", received.remittanceId())
                .setParameter("payer", received.payerId() == null ? "" : received.payerId())
                .setParameter("warnings", received.warnings()).setParameter("at", at).executeUpdate();
    }

    /** One payer's 835 payments for one practice: how many, how many carried warnings, and how many warnings. */
    public record PayerFiles(String tenantId, String payerId, long payments, long withWarnings, long warnings) {
    }

    /** The last {@code days} days per practice and payer, most warned first; {@code tenantId} null for all. */
    public List<PayerFiles> byPayer(String tenantId, int days) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        OffsetDateTime since = OffsetDateTime.now().minusDays(days);
        return TenantContext.callAs(as, () -> QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT tenant_id, payer_id, count(*), count(*) FILTER (WHERE warnings > 0), sum(warnings)
                      FROM remittance_received
                     WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant) AND received_at >= :since
                     GROUP BY tenant_id, payer_id
                     ORDER BY count(*) FILTER (WHERE warnings > 0) DESC, payer_id""")
                    .setParameter("tenant", tenantId).setParameter("since", since).getResultList();
            return rows.stream().map(r -> new PayerFiles((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
        }));
    }
}
