package com.rcm.ops.service;

import static com.rcm.platform.persistence.NativeTimestamps.toOffset;

import com.rcm.events.payload.ClaimRejected;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Claims the clearinghouse sent back (999 or 277CA) before any payer saw them, with the reasons it gave. */
@ApplicationScoped
public class Rejections {
    private final EntityManager em;

    public Rejections(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InboundEvent event) {
        ClaimRejected rejected = event.payloadAs(ClaimRejected.class);
        OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
        em.createNativeQuery("""
                INSERT INTO claim_rejection (event_id, tenant_id, claim_id, encounter_id, patient_control_number,
                                             acknowledgement, reasons, rejected_at)
                VALUES (:event, :tenant, :claim, :encounter, :pcn, :ack, :reasons, :at)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", event.envelope().id()).setParameter("tenant", event.tenantId())
                .setParameter("claim", rejected.claimId()).setParameter("encounter", rejected.encounterId())
                .setParameter("pcn", rejected.patientControlNumber()).setParameter("ack", rejected.acknowledgement())
                .setParameter("reasons", rejected.reasons() == null ? "" : String.join("; ", rejected.reasons()))
                .setParameter("at", at).executeUpdate();
    }

    public record Rejection(String tenantId, String claimId, String encounterId, String patientControlNumber,
            String acknowledgement, String reasons, OffsetDateTime rejectedAt) {
    }

    /** Rejections of the last {@code days} days, newest first; {@code tenantId} null for every practice. */
    @SuppressWarnings("unchecked")
    public List<Rejection> recent(String tenantId, int days, int limit) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        return TenantContext.callAs(as, () -> QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT tenant_id, claim_id, encounter_id, patient_control_number, acknowledgement, reasons,
                           rejected_at
                      FROM claim_rejection
                     WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant) AND rejected_at >= :since
                     ORDER BY rejected_at DESC LIMIT :limit""")
                    .setParameter("tenant", tenantId).setParameter("since", OffsetDateTime.now().minusDays(days))
                    .setParameter("limit", limit).getResultList();
            return rows.stream().map(r -> new Rejection((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], toOffset(r[6]))).toList();
        }));
    }
}
