package com.rcm.ops.persistence;

import com.rcm.ops.domain.Stage;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Encounters' current stages. Every query names its practice, except the ops read across all of them. */
@ApplicationScoped
public class LifecycleRepository implements PanacheRepositoryBase<EncounterLifecycleEntity, EncounterLifecycleEntity.Key> {

    public Optional<EncounterLifecycleEntity> findOfPractice(String tenantId, String encounterId) {
        return find("tenantId = ?1 and encounterId = ?2", tenantId, encounterId).firstResultOptional();
    }

    /** Only under {@code TenantContext.ALL_TENANTS}; row-level security still decides what is visible. */
    public Optional<EncounterLifecycleEntity> findInAnyPractice(String encounterId) {
        return find("encounterId = ?1 order by tenantId", encounterId).firstResultOptional();
    }

    /** Starts the encounter's lifecycle at {@code stage}; false when it already has one. */
    public boolean start(String tenantId, String encounterId, Stage stage, OffsetDateTime at) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO encounter_lifecycle (tenant_id, encounter_id, stage, updated_at)
                VALUES (:tenant, :encounter, :stage, :at) ON CONFLICT (tenant_id, encounter_id) DO NOTHING""")
                .setParameter("tenant", tenantId).setParameter("encounter", encounterId)
                .setParameter("stage", stage.name()).setParameter("at", at)
                .executeUpdate() == 1;
    }

    /** The current stage, locked until commit so that consumers of different topics take turns. */
    public EncounterLifecycleEntity lock(String tenantId, String encounterId) {
        return find("tenantId = ?1 and encounterId = ?2", tenantId, encounterId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
