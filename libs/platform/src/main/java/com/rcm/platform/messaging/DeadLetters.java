package com.rcm.platform.messaging;

import static com.rcm.events.CloudEventHeaders.DLQ_AT;
import static com.rcm.events.CloudEventHeaders.DLQ_CONSUMER;
import static com.rcm.events.CloudEventHeaders.DLQ_ORIGINAL_OFFSET;
import static com.rcm.events.CloudEventHeaders.DLQ_ORIGINAL_PARTITION;
import static com.rcm.events.CloudEventHeaders.DLQ_ORIGINAL_TOPIC;
import static com.rcm.events.CloudEventHeaders.DLQ_REASON;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.platform.metrics.EventMetrics;
import com.rcm.platform.outbox.KafkaProducerHolder;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Moves a message that cannot be processed to {@code <topic>.dlq}, unchanged, with the reason and
 * its origin in headers, so the partition keeps flowing and ops can see and replay it.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int MAX_REASON = 1_000;

    private final KafkaProducerHolder kafka;
    private final EventMetrics metrics;

    public DeadLetters(KafkaProducerHolder kafka, EventMetrics metrics) {
        this.kafka = kafka;
        this.metrics = metrics;
    }

    public void send(String consumer, ConsumerRecord<String, String> original, String reason) {
        send(consumer, original, reason, true);
    }

    /**
     * {@code tenantProven} false: the record names a practice its sender may not write for; the dead
     * letter leaves out its {@code ce_tenantid}, so it is filed under no practice (ops only).
     */
    public void send(String consumer, ConsumerRecord<String, String> original, String reason, boolean tenantProven) {
        String topic = Topics.deadLetterTopicOf(original.topic());
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, original.key(), original.value());
        for (Header header : original.headers()) {
            boolean unprovenTenant = !tenantProven && header.key().equals(CloudEventHeaders.TENANT_ID);
            if (!header.key().startsWith("dlq-") && !unprovenTenant) {
                letter.headers().add(header);
            }
        }
        String shortReason = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), MAX_REASON));
        add(letter, DLQ_REASON, shortReason);
        add(letter, DLQ_CONSUMER, consumer);
        add(letter, DLQ_ORIGINAL_TOPIC, original.topic());
        add(letter, DLQ_ORIGINAL_PARTITION, String.valueOf(original.partition()));
        add(letter, DLQ_ORIGINAL_OFFSET, String.valueOf(original.offset()));
        add(letter, DLQ_AT, Instant.now().toString());
        try {
            kafka.producer().send(letter).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Not acknowledging the original is the only safe answer: it will be redelivered.
            throw new IllegalStateException("could not dead-letter a message from " + original.topic(), e);
        }
        metrics.deadLettered(topic, consumer);
        LOG.warnf(
                "dead-lettered %s-%d@%d for %s: %s",
                original.topic(), original.partition(), original.offset(), consumer, shortReason);
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
