package com.rcm.claims.messaging;

import com.rcm.claims.service.PayerDecisions;
import com.rcm.events.EventType;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The payer's decisions posted by payments-service: adjudications and denials. Other payment events pass by. */
@ApplicationScoped
public class PayerDecisionsConsumer {
    private final EventProcessor processor;
    private final PayerDecisions decisions;

    public PayerDecisionsConsumer(EventProcessor processor, PayerDecisions decisions) {
        this.processor = processor;
        this.decisions = decisions;
    }

    @Incoming("payments-events")
    @Blocking
    public void onPaymentsEvent(ConsumerRecord<String, String> record) {
        processor.process(record, Set.of(EventType.CLAIM_ADJUDICATED.type(), EventType.CLAIM_DENIED.type()), event -> {
            if (EventType.CLAIM_DENIED.type().equals(event.envelope().type())) {
                decisions.denied(event.payloadAs(ClaimDenied.class));
            } else {
                decisions.adjudicated(event.payloadAs(ClaimAdjudicated.class));
            }
        });
    }
}
