package com.rcm.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.CloudEventHeaders;
import com.rcm.platform.metrics.EventMetrics;
import com.rcm.platform.outbox.FakeKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** What a dead letter carries: the message unchanged, where it came from and why, on the right topic. */
class DeadLettersTests {
    private final FakeKafka kafka = FakeKafka.acknowledging();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeadLetters deadLetters = new DeadLetters(kafka, new EventMetrics(registry));

    private static ConsumerRecord<String, String> record(String topic) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 3, 1207L, "enc-77", "{\"claimId\":\"c1\"}");
        record.headers().add(CloudEventHeaders.TENANT_ID, bytes("practice-a"));
        record.headers().add(CloudEventHeaders.TYPE, bytes("com.rcm.claims.ClaimSubmitted"));
        // A letter replayed and dead-lettered again must not carry its first reason twice.
        record.headers().add(CloudEventHeaders.DLQ_REASON, bytes("an older reason"));
        return record;
    }

    @Test
    void theLetterIsTheOriginalMessageWithItsOriginAndReason() {
        deadLetters.send(
                "payments-service", record("claims.events.v1"), "failed after retries: PSQLException: refused");

        ProducerRecord<String, String> letter = kafka.producer.history().get(0);
        assertEquals("claims.events.v1.dlq", letter.topic());
        assertEquals("enc-77", letter.key());
        assertEquals("{\"claimId\":\"c1\"}", letter.value());
        assertEquals("failed after retries: PSQLException: refused", header(letter, CloudEventHeaders.DLQ_REASON));
        assertEquals(
                1,
                List.of(letter.headers().toArray()).stream()
                        .filter(h -> h.key().equals(CloudEventHeaders.DLQ_REASON))
                        .count(),
                "one reason, not the older one too");
        assertEquals("payments-service", header(letter, CloudEventHeaders.DLQ_CONSUMER));
        assertEquals("claims.events.v1", header(letter, CloudEventHeaders.DLQ_ORIGINAL_TOPIC));
        assertEquals("3", header(letter, CloudEventHeaders.DLQ_ORIGINAL_PARTITION));
        assertEquals("1207", header(letter, CloudEventHeaders.DLQ_ORIGINAL_OFFSET));
        assertEquals("practice-a", header(letter, CloudEventHeaders.TENANT_ID));
        assertEquals(
                1.0,
                registry.counter(
                                "billing.dead.letters", "topic", "claims.events.v1.dlq", "consumer", "payments-service")
                        .count());
    }

    @Test
    void aPartnersEncounterIsDeadLetteredWithTheEhrEncounters() {
        deadLetters.send("coding-service", record("ehr.encounters.v1.clinic-9"), "unexpected event type");

        assertEquals("ehr.encounters.v1.dlq", kafka.producer.history().get(0).topic());
    }

    @Test
    void aTenantTheSenderCouldNotProveIsLeftOutOfTheLetter() {
        deadLetters.send("claims-service", record("coding.events.v1"), "practice-a is not the sender's", false);

        assertNull(header(kafka.producer.history().get(0), CloudEventHeaders.TENANT_ID));
    }

    @Test
    void aLongReasonIsCutToAThousandCharacters() {
        deadLetters.send("claims-service", record("coding.events.v1"), "x".repeat(5_000));

        assertEquals(
                1_000,
                header(kafka.producer.history().get(0), CloudEventHeaders.DLQ_REASON)
                        .length());
    }

    @Test
    void aLetterTheBrokerRefusesFailsSoTheOriginalIsNotAcknowledged() {
        FakeKafka refusing = FakeKafka.acknowledging();
        refusing.producer.sendException = new KafkaException("not enough replicas");
        DeadLetters toRefusingBroker = new DeadLetters(refusing, new EventMetrics(registry));

        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> toRefusingBroker.send("claims-service", record("coding.events.v1"), "poison"));
        assertTrue(e.getMessage().contains("could not dead-letter a message from coding.events.v1"), e.getMessage());
        assertEquals(
                0.0,
                registry.find("billing.dead.letters").counters().stream()
                        .mapToDouble(c -> c.count())
                        .sum());
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
