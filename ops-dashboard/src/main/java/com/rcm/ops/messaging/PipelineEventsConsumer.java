package com.rcm.ops.messaging;

import com.rcm.ops.domain.Stage;
import com.rcm.ops.persistence.LifecycleStore;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Projects every stage-changing event of every service into the lifecycle of its encounter. */
@ApplicationScoped
public class PipelineEventsConsumer {
    private static final Set<String> STAGE_EVENTS = Set.of("billing.encounter.received.v1",
            "billing.encounter.needs-review.v1", "billing.encounter.coded.v1", "billing.claim.submitted.v1",
            "billing.claim.adjudicated.v1", "billing.payment.posted.v1", "billing.statement.issued.v1");

    private final EventProcessor processor;
    private final LifecycleStore lifecycle;

    public PipelineEventsConsumer(EventProcessor processor, LifecycleStore lifecycle) {
        this.processor = processor;
        this.lifecycle = lifecycle;
    }

    @Incoming("pipeline-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        processor.process(record, STAGE_EVENTS, event -> Stage.of(event.type(), event.payload()).ifPresent(stage -> {
            String encounterId = event.envelope().encounterId();
            if (encounterId == null || encounterId.isBlank()) {
                throw new com.rcm.platform.messaging.PoisonMessageException(
                        "stage event " + event.envelope().id() + " names no encounter (ce_encounterid)");
            }
            OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
            lifecycle.record(event.tenantId(), encounterId, stage, at, event.envelope().id());
        }));
    }
}
