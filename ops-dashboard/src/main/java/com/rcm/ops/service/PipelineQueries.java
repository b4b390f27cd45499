package com.rcm.ops.service;

import com.rcm.ops.config.OpsConfig;
import com.rcm.ops.domain.Stage;
import com.rcm.ops.persistence.LifecycleRepository;
import com.rcm.ops.persistence.StageHistoryRepository;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
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
    /** How many unfinished encounters are weighed against their limits, at most. */
    private static final int STUCK_CANDIDATES = 5_000;

    private final LifecycleRepository lifecycles;
    private final StageHistoryRepository history;
    private final OpsConfig config;

    public PipelineQueries(LifecycleRepository lifecycles, StageHistoryRepository history, OpsConfig config) {
        this.lifecycles = lifecycles;
        this.history = history;
        this.config = config;
    }

    /** {@code limit}: the stage's limit as an ISO-8601 duration (PT10M). */
    public record Stuck(String tenantId, String encounterId, String stage, OffsetDateTime since, String limit) {}

    /** Encounters standing at each stage now. */
    public List<LifecycleRepository.StageCount> current(String tenantId) {
        return read(tenantId, () -> lifecycles.stageCounts(tenantId));
    }

    /** Encounters reaching each stage per day (UTC) over the last {@code days} days. */
    public List<StageHistoryRepository.DailyCount> daily(String tenantId, int days) {
        return read(
                tenantId,
                () -> history.dailyCounts(tenantId, OffsetDateTime.now().minusDays(days)));
    }

    /** Encounters short of a final stage that have not moved for longer than their stage allows, oldest first. */
    public List<Stuck> stuck(String tenantId, OffsetDateTime now) {
        return read(
                tenantId,
                () -> lifecycles.unfinishedOldestFirst(tenantId, STUCK_CANDIDATES).stream()
                        .filter(e -> e.updatedAt.plus(limitOf(e.stage)).isBefore(now))
                        .map(e -> new Stuck(
                                e.tenantId,
                                e.encounterId,
                                e.stage.name(),
                                e.updatedAt,
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
}
