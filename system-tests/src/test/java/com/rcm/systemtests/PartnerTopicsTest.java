package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each partner EHR writes its own topic, and the topic, not a header, says which partner sent a
 * record. ehr-partner-2 is linked to practice-b only: what it sends for practice-b is coded; what it
 * sends for practice-a, whatever its headers claim, changes nothing at practice-a, and the dead
 * letter is filed under no practice, so practice-a never reads a payload that was not theirs. The
 * broker lets no one in without signing in, and a partner's principal may write its own topic only.
 */
class PartnerTopicsTest {
    private static final String PARTNER_1 = "ehr.encounters.v1.ehr-partner-1";
    private static final String PARTNER_2 = "ehr.encounters.v1.ehr-partner-2";

    @BeforeAll
    static void platform() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void aPartnerWritesForItsOwnPracticeOnItsOwnTopic() {
        String externalId = "EHR-P2-" + UUID.randomUUID().toString().substring(0, 8);
        send("practice-b", externalId, "/ehr-partner-2", UUID.randomUUID().toString());
        ConsumerRecord<String, String> coded = PlatformKafka.await(
                        "coding.events.v1",
                        r -> "billing.encounter.coded.v1".equals(PlatformKafka.header(r, "ce_type"))
                                && r.value().contains("\"" + externalId + "\""),
                        Duration.ofSeconds(90))
                .orElseThrow(() -> new AssertionError("ehr-partner-2's encounter for practice-b was never coded"));
        assertEquals("practice-b", PlatformKafka.header(coded, "ce_tenantid"));
    }

    @Test
    void aPartnerWritingForAnotherPartnersPracticeChangesNothingThereAndOnlyOpsSeesTheDeadLetter() {
        String externalId = "EHR-FOREIGN-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        // Headers claiming ehr-partner-1, which is linked to practice-a: the topic is ehr-partner-2's.
        send("practice-a", externalId, "/ehr-partner-1", eventId);

        ConsumerRecord<String, String> dead = PlatformKafka.await(
                        "ehr.encounters.v1.dlq",
                        r -> eventId.equals(PlatformKafka.header(r, "ce_id")),
                        Duration.ofSeconds(90))
                .orElseThrow(() -> new AssertionError("the foreign encounter was not dead-lettered"));
        assertEquals(
                "partner ehr-partner-2 is not linked to tenant practice-a", PlatformKafka.header(dead, "dlq-reason"));
        assertNull(PlatformKafka.header(dead, "ce_tenantid"), "the dead letter names no practice");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> Api.as("olga-ops")
                        .get(Api.OPS + "/v1/dead-letters?limit=1000")
                        .then()
                        .statusCode(200)
                        .body("find { it.eventId == '%s' }.tenantId".formatted(eventId), equalTo("unknown")));
        Api.as("alice-biller")
                .get(Api.OPS + "/v1/dead-letters?limit=1000")
                .then()
                .statusCode(200)
                .body("eventId", not(hasItem(eventId)));
        List<ConsumerRecord<String, String>> received =
                PlatformKafka.read(List.of("coding.events.v1"), r -> r.value().contains("\"" + externalId + "\""));
        assertEquals(List.of(), received, "nothing of the foreign encounter reached practice-a");
    }

    @Test
    void theBrokerRefusesAClientThatDoesNotSignIn() {
        Properties anonymous = new Properties();
        anonymous.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, PlatformKafka.BOOTSTRAP);
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        assertThrows(
                ExecutionException.class,
                () -> PlatformKafka.sendAs(anonymous, PARTNER_1, "practice-a:EHR-ANON", "{}", Map.of()),
                "a producer without credentials was let in");

        Properties wrongSecret = PlatformKafka.signedInAs("ehr-partner-1");
        wrongSecret.put(
                SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule"
                        + " required clientId=\"ehr-partner-1\" clientSecret=\"not-the-secret\";");
        assertThrows(
                ExecutionException.class,
                () -> PlatformKafka.sendAs(wrongSecret, PARTNER_1, "practice-a:EHR-ANON", "{}", Map.of()),
                "a producer with a wrong secret was let in");
    }

    @Test
    void aPartnerCannotWriteAnotherPartnersTopicNorReadThePlatformsEvents() {
        ExecutionException refused = assertThrows(
                ExecutionException.class,
                () -> PlatformKafka.sendAs(
                        PlatformKafka.signedInAs("ehr-partner-2"),
                        PARTNER_1,
                        "practice-a:EHR-IMPERSONATED",
                        Api.encounter("EHR-IMPERSONATED", "SYS-P2-IMPERSONATED"),
                        Map.of()));
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause(), refused.toString());

        Properties asPartner = PlatformKafka.signedInAs("ehr-partner-1");
        asPartner.put(ConsumerConfig.GROUP_ID_CONFIG, "ehr-partner-1-peek");
        asPartner.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        asPartner.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(asPartner)) {
            assertThrows(
                    TopicAuthorizationException.class,
                    () -> consumer.partitionsFor("coding.events.v1"),
                    "a partner could see the platform's coding events");
        }
    }

    private static void send(String tenant, String externalId, String claimedSource, String eventId) {
        PlatformKafka.send(
                PARTNER_2,
                tenant + ":" + externalId,
                Api.encounter(externalId, "SYS-P2-" + externalId),
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        eventId,
                        "ce_type",
                        "billing.encounter.submitted.v1",
                        "ce_source",
                        claimedSource,
                        "ce_tenantid",
                        tenant,
                        "ce_time",
                        "2026-11-02T15:00:00Z",
                        "content-type",
                        "application/json"));
    }
}
