package com.rcm.ops.service;

import com.rcm.ops.domain.Stage;
import com.rcm.ops.domain.StepPayer;
import com.rcm.ops.mapping.StageEvents;
import com.rcm.ops.mapping.StepPayers;
import com.rcm.ops.persistence.EncounterLifecycleEntity;
import com.rcm.ops.persistence.LifecycleRepository;
import com.rcm.ops.persistence.StageHistoryRepository;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.messaging.PoisonMessageException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Projects one stage event into its encounter's lifecycle: the step joins the history, naming the payer
 * when the event concerns one payer's claim, and the current stage moves only if the step is further
 * along than where the encounter stands.
 */
@ApplicationScoped
public class LifecycleProjection {
    private final LifecycleRepository lifecycles;
    private final StageHistoryRepository history;
    private final MeterRegistry registry;

    public LifecycleProjection(LifecycleRepository lifecycles, StageHistoryRepository history, MeterRegistry registry) {
        this.lifecycles = lifecycles;
        this.history = history;
        this.registry = registry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        Optional<Stage> reached = StageEvents.stageOf(event);
        if (reached.isEmpty()) {
            return;
        }
        List<String> encounterIds = StageEvents.encountersOf(event);
        if (encounterIds.isEmpty()) {
            throw new PoisonMessageException(
                    "stage event " + event.envelope().id() + " names no encounter (ce_encounterid)");
        }
        // ce_time is optional in CloudEvents; every platform producer sets it, anyone else gets arrival time.
        OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
        StepPayer payer = StepPayers.of(event);
        for (String encounterId : encounterIds) {
            record(
                    event.tenantId(),
                    encounterId,
                    reached.get(),
                    payer,
                    at,
                    event.envelope().id());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String tenantId, String encounterId, Stage stage, StepPayer payer, OffsetDateTime at, String eventId) {
        if (!history.recordOnce(tenantId, encounterId, stage, payer, at, eventId)) {
            return;
        }
        if (lifecycles.start(tenantId, encounterId, stage, at)) {
            return;
        }
        EncounterLifecycleEntity current = lifecycles.lock(tenantId, encounterId);
        if (stage.replaces(current.stage, current.updatedAt, at)) {
            timeBetween(current.stage, stage, Duration.between(current.updatedAt, at));
            current.stage = stage;
            current.updatedAt = at;
        }
    }

    /** billing_stage_latency_seconds{from, to}: how long encounters take from one stage to the next. */
    private void timeBetween(Stage from, Stage to, Duration took) {
        if (took.isNegative()) {
            return;
        }
        Timer.builder("billing.stage.latency")
                .description("Time from one stage of an encounter to the next")
                .tag("from", from.name())
                .tag("to", to.name())
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }
}
