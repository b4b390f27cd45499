package com.rcm.patientbilling.messaging;

import com.rcm.events.EventType;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.patientbilling.service.PatientResponsibilityPosting;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Each posted claim payment charges the patient what insurance left to them. */
@ApplicationScoped
public class PaymentEventsConsumer {
    private final EventProcessor processor;
    private final PatientResponsibilityPosting posting;

    public PaymentEventsConsumer(EventProcessor processor, PatientResponsibilityPosting posting) {
        this.processor = processor;
        this.posting = posting;
    }

    @Incoming("payments-events")
    @Blocking
    public void onPaymentEvents(ConsumerRecords<String, String> records) {
        processor.processAll(
                records,
                Set.of(EventType.PAYMENT_POSTED.type()),
                event -> posting.post(event.tenantId(), event.payloadAs(PaymentPosted.class), event.envelope()));
    }
}
