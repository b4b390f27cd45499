package com.rcm.payments.messaging;

import com.rcm.events.EventType;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.payments.persistence.ExpectedClaims;
import com.rcm.payments.persistence.PayeeRoutes;
import com.rcm.payments.service.RemittancePosting;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Remembers every submitted claim so its remittance can be matched, and which practice its payee NPI is. */
@ApplicationScoped
public class SubmittedClaimsConsumer {
    private final EventProcessor processor;
    private final ExpectedClaims expectedClaims;
    private final PayeeRoutes payeeRoutes;
    private final RemittancePosting posting;

    public SubmittedClaimsConsumer(EventProcessor processor, ExpectedClaims expectedClaims, PayeeRoutes payeeRoutes,
            RemittancePosting posting) {
        this.processor = processor;
        this.expectedClaims = expectedClaims;
        this.payeeRoutes = payeeRoutes;
        this.posting = posting;
    }

    @Incoming("claims-events")
    @Blocking
    public void onClaimEvent(ConsumerRecord<String, String> record) {
        processor.process(record, Set.of(EventType.CLAIM_SUBMITTED.type()), event -> {
            ClaimSubmitted claim = event.payloadAs(ClaimSubmitted.class);
            expectedClaims.lockControlNumber(event.tenantId(), claim.patientControlNumber());
            expectedClaims.remember(event.tenantId(), claim);
            if (claim.billingProviderNpi() != null) {
                payeeRoutes.learn(claim.billingProviderNpi(), event.tenantId());
            }
            expectedClaims.byClaimId(claim.claimId())
                    .ifPresent(known -> posting.postWaitingPayments(event.tenantId(), known));
        });
    }
}
