package com.rcm.ops.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/** Claims the clearinghouse rejected, one row per event. Reads see what row-level security lets them. */
@ApplicationScoped
public class RejectionRepository {
    private final EntityManager em;

    public RejectionRepository(EntityManager em) {
        this.em = em;
    }

    /** {@code reasons}: the clearinghouse's reasons joined with "; ". */
    public record Rejection(
            String tenantId,
            String claimId,
            String encounterId,
            String patientControlNumber,
            String acknowledgement,
            String reasons,
            OffsetDateTime rejectedAt) {}

    /** Keeps the rejection once per event. */
    public void keep(String eventId, Rejection rejection) {
        em.createNativeQuery("""
                INSERT INTO claim_rejection (event_id, tenant_id, claim_id, encounter_id, patient_control_number,
                                             acknowledgement, reasons, rejected_at)
                VALUES (:event, :tenant, :claim, :encounter, :pcn, :ack, :reasons, :at)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", eventId)
                .setParameter("tenant", rejection.tenantId())
                .setParameter("claim", rejection.claimId())
                .setParameter("encounter", rejection.encounterId())
                .setParameter("pcn", rejection.patientControlNumber())
                .setParameter("ack", rejection.acknowledgement())
                .setParameter("reasons", rejection.reasons())
                .setParameter("at", rejection.rejectedAt())
                .executeUpdate();
    }

    /** Rejections since {@code since}, newest first, at most {@code limit}; {@code tenantId} null for all. */
    public List<Rejection> since(String tenantId, OffsetDateTime since, int limit) {
        return NativeRows.of(
                em.createNativeQuery("""
                SELECT tenant_id, claim_id, encounter_id, patient_control_number, acknowledgement, reasons,
                       rejected_at
                  FROM claim_rejection
                 WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant) AND rejected_at >= :since
                 ORDER BY rejected_at DESC LIMIT :limit""")
                        .setParameter("tenant", tenantId)
                        .setParameter("since", since)
                        .setParameter("limit", limit),
                r -> new Rejection(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.time(6)));
    }
}
