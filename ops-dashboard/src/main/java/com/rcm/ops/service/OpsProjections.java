package com.rcm.ops.service;

import com.rcm.events.EventType;
import com.rcm.ops.mapping.StageEvents;
import com.rcm.platform.messaging.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every view the dashboard keeps, fed by one event in the consumer's transaction. */
@ApplicationScoped
public class OpsProjections {
    /** The types some view needs; everything else on the topics is skipped. */
    public static final Set<String> TYPES = Stream.concat(
                    StageEvents.TYPES.stream(),
                    Stream.of(
                            EventType.CLAIM_DENIED.type(),
                            EventType.PATIENT_PAYMENT_RECEIVED.type(),
                            EventType.REMITTANCE_RECEIVED.type()))
            .collect(Collectors.toUnmodifiableSet());

    private final LifecycleProjection lifecycle;
    private final Denials denials;
    private final Receivables receivables;
    private final Rejections rejections;
    private final RemittanceQuality remittanceQuality;

    public OpsProjections(
            LifecycleProjection lifecycle,
            Denials denials,
            Receivables receivables,
            Rejections rejections,
            RemittanceQuality remittanceQuality) {
        this.lifecycle = lifecycle;
        this.denials = denials;
        this.receivables = receivables;
        this.rejections = rejections;
        this.remittanceQuality = remittanceQuality;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        lifecycle.apply(event);
        receivables.apply(event);
        if (EventType.CLAIM_DENIED.type().equals(event.type())) {
            denials.record(event);
        } else if (EventType.CLAIM_REJECTED.type().equals(event.type())) {
            rejections.record(event);
        } else if (EventType.REMITTANCE_RECEIVED.type().equals(event.type())) {
            remittanceQuality.record(event);
        }
    }
}
