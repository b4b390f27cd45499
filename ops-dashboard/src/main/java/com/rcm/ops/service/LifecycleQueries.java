package com.rcm.ops.service;

import com.rcm.ops.persistence.EncounterLifecycleEntity;
import com.rcm.ops.persistence.LifecycleRepository;
import com.rcm.ops.persistence.StageHistoryEntity;
import com.rcm.ops.persistence.StageHistoryRepository;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an encounter's lifecycle for a practice (its own encounters only) or for ops (every
 * practice's). Each read runs in its own transaction, started after the tenant is bound, because the
 * connection takes its row-level-security setting from that binding when it is handed out.
 */
@ApplicationScoped
public class LifecycleQueries {
    private final LifecycleRepository lifecycles;
    private final StageHistoryRepository history;

    public LifecycleQueries(LifecycleRepository lifecycles, StageHistoryRepository history) {
        this.lifecycles = lifecycles;
        this.history = history;
    }

    public record Lifecycle(EncounterLifecycleEntity current, List<StageHistoryEntity> history) {}

    public Optional<Lifecycle> ofPractice(String tenantId, String encounterId) {
        return readAs(tenantId, () -> lifecycles.findOfPractice(tenantId, encounterId));
    }

    public Optional<Lifecycle> acrossPractices(String encounterId) {
        return readAs(TenantContext.ALL_TENANTS, () -> lifecycles.findInAnyPractice(encounterId));
    }

    private Optional<Lifecycle> readAs(String tenant, Supplier<Optional<EncounterLifecycleEntity>> find) {
        return TenantContext.callAs(
                tenant,
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> find.get()
                                .map(current -> new Lifecycle(
                                        current, history.historyOf(current.tenantId, current.encounterId)))));
    }
}
