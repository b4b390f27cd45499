package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each partner EHR writes its own topic, and the topic, not a header, says which partner sent a
 * record. ehr-partner-2 is linked to practice-b only: what it sends for practice-b is coded; what it
 * sends for practice-a, whatever its headers claim, changes nothing at practice-a, and the dead
 * letter is filed under no practice, so practice-a never reads a payload that was not theirs.
 */
class PartnerTopicsTest {
    private static final String PARTNER_2 = "ehr.encounters.v1.ehr-partner-2";

    @BeforeAll
    static void platform() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void aPartnerWritesForItsOwnPracticeOnItsOwnTopic() {
        String externalId = "EHR-P2-" + UUID.randomUUID().toString().substring(0, 8);
        send("practice-b", externalId, "/ehr-partner-2", UUID.randomUUID().toString());
        ConsumerRecord<String, String> coded = PlatformKafka.await("coding.events.v1",
                r -> "billing.encounter.coded.v1".equals(PlatformKafka.header(r, "ce_type"))
                        && r.value().contains("\"" + externalId + "\""), Duration.ofSeconds(90))
                .orElseThrow(() -> new AssertionError("ehr-partner-2's encounter for practice-b was never coded"));
        assertEquals("practice-b", PlatformKafka.header(coded, "ce_tenantid"));
    }

    @Test
    void aPartnerWritingForAnotherPartnersPracticeChangesNothingThereAndOnlyOpsSeesTheDeadLetter() {
        String externalId = "EHR-FOREIGN-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        // Headers claiming ehr-partner-1, which is linked to practice-a: the topic is ehr-partner-2's.
        send("practice-a", externalId, "/ehr-partner-1", eventId);

        ConsumerRecord<String, String> dead = PlatformKafka.await("ehr.encounters.v1.dlq",
                r -> eventId.equals(PlatformKafka.header(r, "ce_id")), Duration.ofSeconds(90))
                .orElseThrow(() -> new AssertionError("the foreign encounter was not dead-lettered"));
        assertEquals("partner ehr-partner-2 is not linked to tenant practice-a", PlatformKafka.header(dead, "dlq-reason"));
        assertNull(PlatformKafka.header(dead, "ce_tenantid"), "the dead letter names no practice");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("olga-ops").get(Api.OPS + "/v1/dead-letters?limit=1000")
                .then().statusCode(200).body("find { it.eventId == '%s' }.tenantId".formatted(eventId), equalTo("unknown")));
        Api.as("alice-biller").get(Api.OPS + "/v1/dead-letters?limit=1000").then().statusCode(200)
                .body("eventId", not(hasItem(eventId)));
        List<ConsumerRecord<String, String>> received = PlatformKafka.read(List.of("coding.events.v1"),
                r -> r.value().contains("\"" + externalId + "\""));
        assertEquals(List.of(), received, "nothing of the foreign encounter reached practice-a");
    }

    private static void send(String tenant, String externalId, String claimedSource, String eventId) {
        PlatformKafka.send(PARTNER_2, tenant + ":" + externalId, Api.encounter(externalId, "SYS-P2-" + externalId),
                Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", "billing.encounter.submitted.v1",
                        "ce_source", claimedSource, "ce_tenantid", tenant, "ce_time", "2026-11-02T15:00:00Z",
                        "content-type", "application/json"));
    }
}
