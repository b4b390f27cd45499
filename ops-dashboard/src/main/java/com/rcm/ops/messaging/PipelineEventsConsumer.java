package com.rcm.ops.messaging;

import com.rcm.ops.service.OpsProjections;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every service's events, one channel per topic, all projected into the dashboard's views: the
 * encounter lifecycle, denials, receivables and clearinghouse rejections.
 */
@ApplicationScoped
public class PipelineEventsConsumer {
    private final EventProcessor processor;
    private final OpsProjections projections;

    public PipelineEventsConsumer(EventProcessor processor, OpsProjections projections) {
        this.processor = processor;
        this.projections = projections;
    }

    @Incoming("coding-events")
    @Blocking
    public void onCodingEvents(ConsumerRecords<String, String> records) {
        processor.processAll(records, OpsProjections.TYPES, projections::apply);
    }

    @Incoming("claims-events")
    @Blocking
    public void onClaimsEvents(ConsumerRecords<String, String> records) {
        processor.processAll(records, OpsProjections.TYPES, projections::apply);
    }

    @Incoming("payments-events")
    @Blocking
    public void onPaymentsEvents(ConsumerRecords<String, String> records) {
        processor.processAll(records, OpsProjections.TYPES, projections::apply);
    }

    @Incoming("patient-billing-events")
    @Blocking
    public void onPatientBillingEvents(ConsumerRecords<String, String> records) {
        processor.processAll(records, OpsProjections.TYPES, projections::apply);
    }
}
