package com.rcm.ops.messaging;

import com.rcm.events.EventType;
import com.rcm.ops.mapping.StageEvents;
import com.rcm.ops.service.Denials;
import com.rcm.ops.service.LifecycleProjection;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every service's stage events, one channel per topic, all projected into the encounter lifecycle;
 * payers' denials are also kept for the denial views.
 */
@ApplicationScoped
public class PipelineEventsConsumer {
    private final EventProcessor processor;
    /** Payments' stage events, and its denials for the denial views. */
    private static final Set<String> PAYMENTS_TYPES = Stream.concat(StageEvents.TYPES.stream(),
            Stream.of(EventType.CLAIM_DENIED.type())).collect(Collectors.toUnmodifiableSet());

    private final LifecycleProjection projection;
    private final Denials denials;

    public PipelineEventsConsumer(EventProcessor processor, LifecycleProjection projection, Denials denials) {
        this.processor = processor;
        this.projection = projection;
        this.denials = denials;
    }

    @Incoming("coding-events")
    @Blocking
    public void onCodingEvent(ConsumerRecord<String, String> record) {
        processor.process(record, StageEvents.TYPES, projection::apply);
    }

    @Incoming("claims-events")
    @Blocking
    public void onClaimsEvent(ConsumerRecord<String, String> record) {
        processor.process(record, StageEvents.TYPES, projection::apply);
    }

    @Incoming("payments-events")
    @Blocking
    public void onPaymentsEvent(ConsumerRecord<String, String> record) {
        processor.process(record, PAYMENTS_TYPES, event -> {
            if (EventType.CLAIM_DENIED.type().equals(event.type())) {
                denials.record(event);
            } else {
                projection.apply(event);
            }
        });
    }

    @Incoming("patient-billing-events")
    @Blocking
    public void onPatientBillingEvent(ConsumerRecord<String, String> record) {
        processor.process(record, StageEvents.TYPES, projection::apply);
    }
}
