package com.rcm.payments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** 835 files as received, each kept once and referenced by every remittance (ST/SE payment) in it. */
@ApplicationScoped
public class EraFiles {
    private final EntityManager em;

    public EraFiles(EntityManager em) {
        this.em = em;
    }

    /** Keeps the file for {@code tenantId}; answers its id. */
    public String keep(String tenantId, String x12) {
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO era_file (id, tenant_id, x12, received_at) VALUES (:id, :t, :x12, :at)")
                .setParameter("id", id)
                .setParameter("t", tenantId)
                .setParameter("x12", x12)
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate();
        return id;
    }

    /** The file a remittance came in (its own copy for one kept before files were kept apart). */
    public Optional<String> textOf(String remittanceId) {
        @SuppressWarnings("unchecked")
        List<String> rows =
                em.createNativeQuery("""
                SELECT coalesce(f.x12, r.x12) FROM remittance r LEFT JOIN era_file f ON f.id = r.era_file_id
                 WHERE r.id = :rem""").setParameter("rem", remittanceId).getResultList();
        return rows.stream().findFirst();
    }
}
