package com.rcm.payments.messaging;

import com.rcm.events.EventType;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.PayeeRegistered;
import com.rcm.payments.persistence.ExpectedClaims;
import com.rcm.payments.persistence.PayeeRoutes;
import com.rcm.payments.service.RemittancePosting;
import com.rcm.platform.messaging.EventProcessor;
import com.rcm.platform.messaging.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The claims service's events: each submitted claim is remembered so its remittance can be matched,
 * and each billing NPI registration routes that payee's 835s to its practice. A claim's own
 * {@code billingProviderNpi} routes nothing (ADR 23): the registry alone says who owns an NPI.
 */
@ApplicationScoped
public class ClaimsEventsConsumer {
    private static final Set<String> TYPES =
            Set.of(EventType.CLAIM_SUBMITTED.type(), EventType.PAYEE_REGISTERED.type());

    private final EventProcessor processor;
    private final ExpectedClaims expectedClaims;
    private final PayeeRoutes payeeRoutes;
    private final RemittancePosting posting;

    public ClaimsEventsConsumer(
            EventProcessor processor,
            ExpectedClaims expectedClaims,
            PayeeRoutes payeeRoutes,
            RemittancePosting posting) {
        this.processor = processor;
        this.expectedClaims = expectedClaims;
        this.payeeRoutes = payeeRoutes;
        this.posting = posting;
    }

    @Incoming("claims-events")
    @Blocking
    public void onClaimEvents(ConsumerRecords<String, String> records) {
        processor.processAll(records, TYPES, event -> {
            if (EventType.PAYEE_REGISTERED.type().equals(event.type())) {
                routePayee(event);
            } else {
                rememberClaim(event);
            }
        });
    }

    private void routePayee(InboundEvent event) {
        PayeeRegistered registered = event.payloadAs(PayeeRegistered.class);
        payeeRoutes.route(registered.npi(), event.tenantId(), registered.version());
    }

    private void rememberClaim(InboundEvent event) {
        ClaimSubmitted claim = event.payloadAs(ClaimSubmitted.class);
        expectedClaims.lockControlNumber(event.tenantId(), claim.patientControlNumber());
        expectedClaims.remember(event.tenantId(), claim);
        expectedClaims
                .byClaimId(claim.claimId())
                .ifPresent(known -> posting.postWaitingPayments(event.tenantId(), known));
    }
}
