package com.rcm.ops.persistence;

import com.rcm.ops.domain.Stage;
import com.rcm.ops.domain.StepPayer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/** The stage events seen for each encounter. */
@ApplicationScoped
public class StageHistoryRepository implements PanacheRepositoryBase<StageHistoryEntity, Long> {

    /**
     * Records the step once per event; false when this event was already recorded. Once per event, not
     * per stage: each payer's claim reaches CLAIMED, ADJUDICATED and PAID in steps of its own.
     */
    public boolean recordOnce(
            String tenantId, String encounterId, Stage stage, StepPayer payer, OffsetDateTime at, String eventId) {
        return getEntityManager()
                        .createNativeQuery("""
                INSERT INTO encounter_stage_history (tenant_id, encounter_id, stage, payer_id, coverage_order, at, event_id)
                VALUES (:tenant, :encounter, :stage, CAST(:payer AS text), CAST(:coverageOrder AS integer), :at, :event)
                ON CONFLICT (encounter_id, event_id) DO NOTHING""")
                        .setParameter("tenant", tenantId)
                        .setParameter("encounter", encounterId)
                        .setParameter("stage", stage.name())
                        .setParameter("payer", payer.payerId())
                        .setParameter("coverageOrder", payer.coverageOrder())
                        .setParameter("at", at)
                        .setParameter("event", eventId)
                        .executeUpdate()
                == 1;
    }

    /** How many encounters reached a stage on one day (UTC) in one practice. */
    public record DailyCount(String tenantId, LocalDate day, String stage, long encounters) {}

    /** Encounters reaching each stage per day (UTC) since {@code since}; {@code tenantId} null for every practice. */
    public List<DailyCount> dailyCounts(String tenantId, OffsetDateTime since) {
        return NativeRows.of(
                getEntityManager()
                        .createNativeQuery("""
                SELECT tenant_id, CAST(date_trunc('day', at AT TIME ZONE 'UTC') AS date) AS day, stage,
                       count(DISTINCT encounter_id)
                  FROM encounter_stage_history
                 WHERE (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant) AND at >= :since
                 GROUP BY tenant_id, day, stage ORDER BY tenant_id, day, stage""")
                        .setParameter("tenant", tenantId)
                        .setParameter("since", since),
                r -> new DailyCount(r.text(0), r.date(1), r.text(2), r.number(3)));
    }

    /** In the order things happened (ce_time); two steps at one instant in happy-path order. */
    public List<StageHistoryEntity> historyOf(String tenantId, String encounterId) {
        return list("tenantId = ?1 and encounterId = ?2", tenantId, encounterId).stream()
                .sorted(Comparator.comparing((StageHistoryEntity s) -> s.at)
                        .thenComparing(s -> s.stage.rank())
                        .thenComparing(s -> s.id))
                .toList();
    }
}
