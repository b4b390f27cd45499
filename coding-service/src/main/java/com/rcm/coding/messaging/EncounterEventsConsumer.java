package com.rcm.coding.messaging;

import com.rcm.coding.api.EncounterRequest;
import com.rcm.coding.api.EncounterValidation;
import com.rcm.coding.mapping.EncounterMapper;
import com.rcm.coding.partner.PartnerLinks;
import com.rcm.coding.service.EncounterCoding;
import com.rcm.coding.service.EncounterIntake;
import com.rcm.events.EventType;
import com.rcm.events.payload.EncounterReceived;
import com.rcm.platform.api.Problem;
import com.rcm.platform.messaging.EventProcessor;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.messaging.PoisonMessageException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Encounters arriving from partner EHRs, each on its own topic ({@code ehr.encounters.v1.<partner-id>},
 * subscribed by pattern, so a new partner's topic is read without a restart), and the service's own
 * received events that trigger coding.
 */
@ApplicationScoped
public class EncounterEventsConsumer {
    private final EventProcessor processor;
    private final EncounterIntake intake;
    private final EncounterCoding coding;
    private final PartnerLinks partners;
    private final EncounterValidation validation;

    public EncounterEventsConsumer(
            EventProcessor processor,
            EncounterIntake intake,
            EncounterCoding coding,
            PartnerLinks partners,
            EncounterValidation validation) {
        this.processor = processor;
        this.intake = intake;
        this.coding = coding;
        this.partners = partners;
        this.validation = validation;
    }

    /** The same checks as the REST intake; what fails them is dead-lettered with the reason, never half-stored. */
    @Incoming("ehr-encounters")
    @Blocking
    public void onEhrEncounters(ConsumerRecords<String, String> records) {
        processor.processAllExactly(records, EventType.ENCOUNTER_SUBMITTED.type(), this::receive);
    }

    @Incoming("coding-events")
    @Blocking
    public void onCodingEvents(ConsumerRecords<String, String> records) {
        processor.processAll(
                records,
                Set.of(EventType.ENCOUNTER_RECEIVED.type()),
                event -> coding.code(event.payloadAs(EncounterReceived.class).encounterId(), event.envelope()));
    }

    private void receive(InboundEvent event) {
        partners.requireLinked(event.topic(), event.tenantId());
        EncounterRequest request = event.payloadAs(EncounterRequest.class);
        List<Problem.FieldError> errors = validation.errors(request);
        if (!errors.isEmpty()) {
            throw new PoisonMessageException("invalid encounter: " + EncounterValidation.describe(errors));
        }
        intake.receive(
                event.tenantId(),
                UUID.randomUUID().toString(),
                EncounterMapper.toSubmission(request),
                EncounterIntake.CHANNEL_KAFKA,
                event.envelope());
    }
}
