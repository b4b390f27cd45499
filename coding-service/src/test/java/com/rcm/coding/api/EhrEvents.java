package com.rcm.coding.api;

import com.rcm.coding.Encounters;
import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.testkit.EventTap;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Publishes encounters the way a partner EHR does: CloudEvents binary mode on the partner's own topic. */
public final class EhrEvents {
    /** The topic of ehr-partner-1, which is linked to practice-a. */
    public static final String PARTNER_1 = Topics.encountersOf("ehr-partner-1");
    /** The topic of ehr-partner-2, which is linked to practice-b. */
    public static final String PARTNER_2 = Topics.encountersOf("ehr-partner-2");

    public static Map<String, String> headers(String tenant, String eventId) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, "billing.encounter.submitted.v1");
        headers.put(CloudEventHeaders.SOURCE, "/ehr-partner-1");
        headers.put(CloudEventHeaders.TIME, "2026-11-02T15:00:00Z");
        if (tenant != null) {
            headers.put(CloudEventHeaders.TENANT_ID, tenant);
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    /** Publishes the example encounter for {@code tenant} and returns the id of the encounter coded from it. */
    public static String publishAndAwaitCoded(String tenant, String externalId) {
        String eventId = UUID.randomUUID().toString();
        EventTap.send(
                PARTNER_1, tenant + ":" + externalId, Encounters.contractExample(externalId), headers(tenant, eventId));
        ConsumerRecord<String, String> coded = EventTap.await(
                Topics.CODING_EVENTS,
                r -> "billing.encounter.coded.v1".equals(EventTap.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"" + externalId + "\""),
                Duration.ofSeconds(30));
        return EventTap.header(coded, CloudEventHeaders.ENCOUNTER_ID);
    }

    /** Publishes the example encounter with {@code diagnoses} for {@code tenant} and waits for its event of {@code type}. */
    public static String publishAndAwait(String tenant, String externalId, String diagnoses, String type) {
        EventTap.send(
                PARTNER_1,
                tenant + ":" + externalId,
                Encounters.withDiagnoses(externalId, diagnoses),
                headers(tenant, UUID.randomUUID().toString()));
        ConsumerRecord<String, String> received = EventTap.await(
                Topics.CODING_EVENTS,
                r -> "billing.encounter.received.v1".equals(EventTap.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"" + externalId + "\""),
                Duration.ofSeconds(30));
        String id = EventTap.header(received, CloudEventHeaders.ENCOUNTER_ID);
        EventTap.await(Topics.CODING_EVENTS, EventTap.ofType(type, id), Duration.ofSeconds(30));
        return id;
    }

    private EhrEvents() {}
}
