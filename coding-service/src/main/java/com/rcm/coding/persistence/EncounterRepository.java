package com.rcm.coding.persistence;

import com.rcm.coding.domain.EncounterStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;

/** Encounters of the current tenant (Hibernate's tenant discriminator and row-level security both apply). */
@ApplicationScoped
public class EncounterRepository implements PanacheRepositoryBase<EncounterEntity, String> {

    /**
     * The coder queue: encounters in {@code status}, oldest in the queue first, optionally only those
     * failing edit {@code editId}. A native query, so the tenant is named here as well as by RLS.
     */
    @SuppressWarnings("unchecked")
    public List<EncounterEntity> queue(String tenantId, EncounterStatus status, String editId, int limit) {
        String sql = "SELECT * FROM encounter WHERE tenant_id = :tenant AND status = :status"
                + (editId == null ? "" : " AND edits IS NOT NULL AND edits::jsonb @> CAST(:edit AS jsonb)")
                + " ORDER BY queued_at, created_at, id LIMIT :limit";
        Query query = getEntityManager()
                .createNativeQuery(sql, EncounterEntity.class)
                .setParameter("tenant", tenantId)
                .setParameter("status", status.name())
                .setParameter("limit", limit);
        if (editId != null) {
            query.setParameter("edit", "[{\"editId\": \"" + editId.replace("\"", "") + "\"}]");
        }
        return query.getResultList();
    }
}
