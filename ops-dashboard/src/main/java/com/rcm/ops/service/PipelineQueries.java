package com.rcm.ops.service;

import com.rcm.ops.config.OpsConfig;
import com.rcm.ops.domain.Stage;
import com.rcm.ops.persistence.EncounterLifecycleEntity;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pipeline at a glance: how many encounters stand at each stage, how many reached each stage per
 * day, and which have made no progress for longer than their stage allows. A practice reads its own
 * encounters; ops (tenant null) reads every practice's, under row-level security either way.
 */
@ApplicationScoped
public class PipelineQueries {
    private final EntityManager em;
    private final OpsConfig config;

    public PipelineQueries(EntityManager em, OpsConfig config) {
        this.em = em;
        this.config = config;
    }

    public record StageCount(String tenantId, String stage, long encounters) {
    }

    public record DailyCount(String tenantId, LocalDate day, String stage, long encounters) {
    }

    /** {@code limit}: the stage's limit as an ISO-8601 duration (PT10M). */
    public record Stuck(String tenantId, String encounterId, String stage, OffsetDateTime since, String limit) {
    }

    /** Encounters standing at each stage now. */
    @SuppressWarnings("unchecked")
    public List<StageCount> current(String tenantId) {
        return read(tenantId, () -> ((List<Object[]>) em.createNativeQuery("""
                SELECT tenant_id, stage, count(*) FROM encounter_lifecycle
                 WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant)
                 GROUP BY tenant_id, stage ORDER BY tenant_id, stage""")
                .setParameter("tenant", tenantId).getResultList()).stream()
                .map(r -> new StageCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList());
    }

    /** Encounters reaching each stage per day (UTC) over the last {@code days} days. */
    @SuppressWarnings("unchecked")
    public List<DailyCount> daily(String tenantId, int days) {
        return read(tenantId, () -> ((List<Object[]>) em.createNativeQuery("""
                SELECT tenant_id, CAST(date_trunc('day', at AT TIME ZONE 'UTC') AS date) AS day, stage,
                       count(DISTINCT encounter_id)
                  FROM encounter_stage_history
                 WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant) AND at >= :since
                 GROUP BY tenant_id, day, stage ORDER BY tenant_id, day, stage""")
                .setParameter("tenant", tenantId).setParameter("since", OffsetDateTime.now().minusDays(days))
                .getResultList()).stream()
                .map(r -> new DailyCount((String) r[0], toDate(r[1]), (String) r[2], ((Number) r[3]).longValue()))
                .toList());
    }

    /** Encounters short of a final stage that have not moved for longer than their stage allows, oldest first. */
    public List<Stuck> stuck(String tenantId, OffsetDateTime now) {
        return read(tenantId, () -> em.createQuery("""
                from EncounterLifecycleEntity e where (:tenant is null or e.tenantId = :tenant)
                 and e.stage not in :final order by e.updatedAt""", EncounterLifecycleEntity.class)
                .setParameter("tenant", tenantId).setParameter("final", Stage.FINAL)
                .setMaxResults(5_000).getResultList().stream()
                .filter(e -> e.updatedAt.plus(limitOf(e.stage)).isBefore(now))
                .map(e -> new Stuck(e.tenantId, e.encounterId, e.stage.name(), e.updatedAt,
                        limitOf(e.stage).toString()))
                .toList());
    }

    private Duration limitOf(Stage stage) {
        return config.stuckAfter().getOrDefault(stage.name(), config.stuckAfterDefault());
    }

    private <T> T read(String tenantId, Supplier<T> query) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        return TenantContext.callAs(as, () -> QuarkusTransaction.requiringNew().call(query::get));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
