package com.rcm.claims.messaging;

import com.rcm.claims.service.ClaimSubmission;
import com.rcm.events.EventType;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every coded encounter becomes a claim. */
@ApplicationScoped
public class CodedEncountersConsumer {
    private final EventProcessor processor;
    private final ClaimSubmission submission;

    public CodedEncountersConsumer(EventProcessor processor, ClaimSubmission submission) {
        this.processor = processor;
        this.submission = submission;
    }

    @Incoming("coding-events")
    @Blocking
    public void onCodingEvents(ConsumerRecords<String, String> records) {
        processor.processAll(
                records,
                Set.of(EventType.ENCOUNTER_CODED.type()),
                event -> submission.claimEncounter(event.payloadAs(EncounterCoded.class), event.envelope()));
    }
}
