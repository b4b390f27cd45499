package com.rcm.coding.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.coding.CodingTestResources;
import com.rcm.coding.Encounters;
import com.rcm.coding.api.EhrEvents;
import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@CodingTestResources
class EncounterEventsConsumerTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void encounterPublishedByAnEhrIsStoredForItsTenantAndCoded() {
        String id = EhrEvents.publishAndAwaitCoded("practice-a", "EHR-KAFKA-1");
        given().get("/v1/encounters/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CODED"))
                .body("channel", equalTo("KAFKA"))
                .body("externalId", equalTo("EHR-KAFKA-1"));
    }

    @Test
    void poisonMessagesAreDeadLetteredWithTheirReasonAndTheGoodOneBehindThemFlows() {
        String key = "practice-a:EHR-POISON";
        EventTap.send(
                EhrEvents.PARTNER_1,
                key,
                "{not json",
                EhrEvents.headers("practice-a", "bad-json-" + UUID.randomUUID()));
        String noTenantId = "no-tenant-" + UUID.randomUUID();
        EventTap.send(
                EhrEvents.PARTNER_1,
                key,
                Encounters.contractExample("EHR-NO-TENANT"),
                EhrEvents.headers(null, noTenantId));
        String schemaId = "schema-" + UUID.randomUUID();
        EventTap.send(
                EhrEvents.PARTNER_1,
                key,
                "{\"externalId\": \"EHR-NO-FIELDS\"}",
                EhrEvents.headers("practice-a", schemaId));

        // Same key, so same partition: it must not be blocked by the bad ones ahead of it.
        String good = EhrEvents.publishAndAwaitCoded("practice-a", "EHR-AFTER-POISON");
        assertTrue(good != null && !good.isBlank());

        ConsumerRecord<String, String> noTenant = EventTap.await(
                Topics.deadLetterTopicOf(EhrEvents.PARTNER_1),
                r -> noTenantId.equals(EventTap.header(r, CloudEventHeaders.ID)),
                Duration.ofSeconds(20));
        assertTrue(EventTap.header(noTenant, CloudEventHeaders.DLQ_REASON).contains("names no tenant"));
        assertEquals("coding-service", EventTap.header(noTenant, CloudEventHeaders.DLQ_CONSUMER));
        assertEquals(EhrEvents.PARTNER_1, EventTap.header(noTenant, CloudEventHeaders.DLQ_ORIGINAL_TOPIC));

        ConsumerRecord<String, String> schema = EventTap.await(
                Topics.deadLetterTopicOf(EhrEvents.PARTNER_1),
                r -> schemaId.equals(EventTap.header(r, CloudEventHeaders.ID)),
                Duration.ofSeconds(20));
        assertTrue(
                EventTap.header(schema, CloudEventHeaders.DLQ_REASON).contains("violates schema"),
                EventTap.header(schema, CloudEventHeaders.DLQ_REASON));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String id = EhrEvents.publishAndAwaitCoded("practice-a", "EHR-REDELIVERY");
        ConsumerRecord<String, String> received = EventTap.await(
                Topics.CODING_EVENTS, EventTap.ofType("billing.encounter.received.v1", id), Duration.ofSeconds(20));

        Map<String, String> headers = new HashMap<>();
        for (Header h : received.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        EventTap.send(Topics.CODING_EVENTS, received.key(), received.value(), headers);
        // A marker behind the redelivery on the same partition proves the redelivery was consumed.
        String marker = EhrEvents.publishAndAwaitCoded("practice-a", "EHR-REDELIVERY-MARKER");
        assertTrue(marker != null);

        long codedEvents = EventTap.readAll(Topics.CODING_EVENTS, Duration.ofSeconds(2)).stream()
                .filter(EventTap.ofType("billing.encounter.coded.v1", id))
                .count();
        assertEquals(1, codedEvents, "a redelivered received event must not code the encounter twice");
    }

    @Test
    void encountersSentTogetherAreEachCodedOnceAndTheOnePoisonAmongThemIsDeadLetteredAlone() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = "practice-a:BATCH-" + run;
        String poisonId = "future-" + UUID.randomUUID();
        String twiceId = "twice-" + UUID.randomUUID();
        List<EventTap.Outgoing> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String externalId = "BATCH-" + run + "-" + i;
            String eventId = i == 10 ? twiceId : UUID.randomUUID().toString();
            records.add(new EventTap.Outgoing(
                    key, Encounters.contractExample(externalId), EhrEvents.headers("practice-a", eventId)));
            if (i == 10) {
                // The same event again in the same poll: one encounter, not two.
                records.add(new EventTap.Outgoing(
                        key, Encounters.contractExample(externalId), EhrEvents.headers("practice-a", twiceId)));
            }
            if (i == 20) {
                // Passes the schema, fails the intake's own checks inside the handler.
                records.add(new EventTap.Outgoing(
                        key,
                        Encounters.contractExample("BATCH-" + run + "-FUTURE")
                                .replace("\"dateOfService\": \"2026-11-02\"", "\"dateOfService\": \"2099-01-01\""),
                        EhrEvents.headers("practice-a", poisonId)));
            }
        }
        EventTap.sendAll(EhrEvents.PARTNER_1, records);

        ConsumerRecord<String, String> poison = EventTap.await(
                Topics.deadLetterTopicOf(EhrEvents.PARTNER_1),
                r -> poisonId.equals(EventTap.header(r, CloudEventHeaders.ID)),
                Duration.ofSeconds(30));
        assertTrue(
                EventTap.header(poison, CloudEventHeaders.DLQ_REASON).contains("dateOfService"),
                EventTap.header(poison, CloudEventHeaders.DLQ_REASON));
        EventTap.await(
                Topics.CODING_EVENTS,
                r -> "billing.encounter.coded.v1".equals(EventTap.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"BATCH-" + run + "-29\""),
                Duration.ofSeconds(30));

        Map<String, Long> codedPerEncounter = EventTap.readAll(Topics.CODING_EVENTS, Duration.ofSeconds(2)).stream()
                .filter(r -> "billing.encounter.coded.v1".equals(EventTap.header(r, CloudEventHeaders.TYPE)))
                .map(r -> externalIdIn(r.value(), run))
                .filter(id -> id != null)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertEquals(30, codedPerEncounter.size(), "every good encounter coded: " + codedPerEncounter.keySet());
        assertTrue(codedPerEncounter.values().stream().allMatch(n -> n == 1), "each coded once: " + codedPerEncounter);
        long deadLettered =
                EventTap.readAll(Topics.deadLetterTopicOf(EhrEvents.PARTNER_1), Duration.ofSeconds(1)).stream()
                        .filter(r -> key.equals(r.key()))
                        .count();
        assertEquals(1, deadLettered, "only the poison record is dead-lettered");
    }

    private static String externalIdIn(String payload, String run) {
        Matcher matcher = Pattern.compile("\"(BATCH-" + run + "-[0-9A-Z]+)\"").matcher(payload);
        return matcher.find() ? matcher.group(1) : null;
    }
}
