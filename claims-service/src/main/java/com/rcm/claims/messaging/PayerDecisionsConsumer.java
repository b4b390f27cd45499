package com.rcm.claims.messaging;

import com.rcm.claims.service.NextPayerClaims;
import com.rcm.claims.service.PayerDecisions;
import com.rcm.events.EventType;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The payer's decisions posted by payments-service: adjudications, denials and the postings a next
 * payer's claim is built from. Other payment events pass by.
 */
@ApplicationScoped
public class PayerDecisionsConsumer {
    private final EventProcessor processor;
    private final PayerDecisions decisions;
    private final NextPayerClaims nextPayers;

    public PayerDecisionsConsumer(EventProcessor processor, PayerDecisions decisions, NextPayerClaims nextPayers) {
        this.processor = processor;
        this.decisions = decisions;
        this.nextPayers = nextPayers;
    }

    @Incoming("payments-events")
    @Blocking
    public void onPaymentsEvents(ConsumerRecords<String, String> records) {
        processor.processAll(
                records,
                Set.of(
                        EventType.CLAIM_ADJUDICATED.type(),
                        EventType.CLAIM_DENIED.type(),
                        EventType.PAYMENT_POSTED.type()),
                event -> {
                    String type = event.envelope().type();
                    if (EventType.CLAIM_DENIED.type().equals(type)) {
                        decisions.denied(event.payloadAs(ClaimDenied.class));
                    } else if (EventType.PAYMENT_POSTED.type().equals(type)) {
                        nextPayers.posted(event.payloadAs(PaymentPosted.class), event.envelope());
                    } else {
                        decisions.adjudicated(event.payloadAs(ClaimAdjudicated.class));
                    }
                });
    }
}
