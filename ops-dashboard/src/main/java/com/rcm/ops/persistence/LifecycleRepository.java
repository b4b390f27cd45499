package com.rcm.ops.persistence;

import com.rcm.ops.domain.Stage;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Encounters' current stages. Every query names its practice, except the ops read across all of them. */
@ApplicationScoped
public class LifecycleRepository
        implements PanacheRepositoryBase<EncounterLifecycleEntity, EncounterLifecycleEntity.Key> {

    public Optional<EncounterLifecycleEntity> findOfPractice(String tenantId, String encounterId) {
        return find("tenantId = ?1 and encounterId = ?2", tenantId, encounterId).firstResultOptional();
    }

    /** Only under {@code TenantContext.ALL_TENANTS}; row-level security still decides what is visible. */
    public Optional<EncounterLifecycleEntity> findInAnyPractice(String encounterId) {
        return find("encounterId = ?1 order by tenantId", encounterId).firstResultOptional();
    }

    /** Starts the encounter's lifecycle at {@code stage}; false when it already has one. */
    public boolean start(String tenantId, String encounterId, Stage stage, OffsetDateTime at) {
        return getEntityManager()
                        .createNativeQuery("""
                INSERT INTO encounter_lifecycle (tenant_id, encounter_id, stage, updated_at)
                VALUES (:tenant, :encounter, :stage, :at) ON CONFLICT (tenant_id, encounter_id) DO NOTHING""")
                        .setParameter("tenant", tenantId)
                        .setParameter("encounter", encounterId)
                        .setParameter("stage", stage.name())
                        .setParameter("at", at)
                        .executeUpdate()
                == 1;
    }

    /** How many encounters stand at a stage in one practice. */
    public record StageCount(String tenantId, String stage, long encounters) {}

    /** Encounters standing at each stage now; {@code tenantId} null for every practice. */
    public List<StageCount> stageCounts(String tenantId) {
        return NativeRows.of(
                getEntityManager().createNativeQuery("""
                SELECT tenant_id, stage, count(*) FROM encounter_lifecycle
                 WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant)
                 GROUP BY tenant_id, stage ORDER BY tenant_id, stage""").setParameter("tenant", tenantId),
                r -> new StageCount(r.text(0), r.text(1), r.number(2)));
    }

    /** Encounters short of a final stage, least recently moved first, at most {@code limit}; tenant null for all. */
    public List<EncounterLifecycleEntity> unfinishedOldestFirst(String tenantId, int limit) {
        return getEntityManager()
                .createQuery("""
                from EncounterLifecycleEntity e where (:tenant is null or e.tenantId = :tenant)
                 and e.stage not in :final order by e.updatedAt""", EncounterLifecycleEntity.class)
                .setParameter("tenant", tenantId)
                .setParameter("final", Stage.FINAL)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The current stage, locked until commit so that consumers of different topics take turns. */
    public EncounterLifecycleEntity lock(String tenantId, String encounterId) {
        return find("tenantId = ?1 and encounterId = ?2", tenantId, encounterId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }
}
