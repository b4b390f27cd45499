package com.rcm.ops.messaging;

import com.rcm.ops.mapping.StageEvents;
import com.rcm.ops.service.LifecycleProjection;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every service's stage events, one channel per topic, all projected into the encounter lifecycle. */
@ApplicationScoped
public class PipelineEventsConsumer {
    private final EventProcessor processor;
    private final LifecycleProjection projection;

    public PipelineEventsConsumer(EventProcessor processor, LifecycleProjection projection) {
        this.processor = processor;
        this.projection = projection;
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
        processor.process(record, StageEvents.TYPES, projection::apply);
    }

    @Incoming("patient-billing-events")
    @Blocking
    public void onPatientBillingEvent(ConsumerRecord<String, String> record) {
        processor.process(record, StageEvents.TYPES, projection::apply);
    }
}
