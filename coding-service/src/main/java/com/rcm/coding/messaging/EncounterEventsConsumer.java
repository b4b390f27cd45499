package com.rcm.coding.messaging;

import com.rcm.coding.service.EncounterCoding;
import com.rcm.coding.service.EncounterIntake;
import com.rcm.events.EventType;
import com.rcm.events.payload.EncounterReceived;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.platform.messaging.EventProcessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Encounters arriving from partner EHRs, and the service's own received events that trigger coding. */
@ApplicationScoped
public class EncounterEventsConsumer {
    private final EventProcessor processor;
    private final EncounterIntake intake;
    private final EncounterCoding coding;

    public EncounterEventsConsumer(EventProcessor processor, EncounterIntake intake, EncounterCoding coding) {
        this.processor = processor;
        this.intake = intake;
        this.coding = coding;
    }

    @Incoming("ehr-encounters")
    @Blocking
    public void onEhrEncounter(ConsumerRecord<String, String> record) {
        processor.processExactly(record, EventType.ENCOUNTER_SUBMITTED.type(), event -> intake.receive(
                event.tenantId(), UUID.randomUUID().toString(), event.payloadAs(EncounterSubmitted.class),
                EncounterIntake.CHANNEL_KAFKA, event.envelope()));
    }

    @Incoming("coding-events")
    @Blocking
    public void onCodingEvent(ConsumerRecord<String, String> record) {
        processor.process(record, Set.of(EventType.ENCOUNTER_RECEIVED.type()),
                event -> coding.code(event.payloadAs(EncounterReceived.class).encounterId(), event.envelope()));
    }
}
