package com.rcm.ops.messaging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.events.EventJson;
import com.rcm.ops.persistence.DeadLetterEntity;
import com.rcm.ops.persistence.DeadLetterRepository;
import com.rcm.platform.outbox.KafkaProducerHolder;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends a dead letter back to the topic it came from, exactly as it first arrived (key, value,
 * CloudEvents headers, the same ce_id), once its cause is fixed, and records who did it. Every
 * consumer that did process it the first time drops it again (inbox); the one that failed gets
 * another go. This republishes an existing event rather than emitting a new one, so it does not go
 * through an outbox.
 */
@ApplicationScoped
public class DeadLetterReplay {
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final DeadLetterRepository letters;
    private final KafkaProducerHolder kafka;

    public DeadLetterReplay(DeadLetterRepository letters, KafkaProducerHolder kafka) {
        this.letters = letters;
        this.kafka = kafka;
    }

    public void replay(DeadLetterEntity letter, String by, String from) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(letter.originalTopic, letter.recordKey, letter.recordValue);
        headersOf(letter).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "could not send dead letter " + letter.id + " back to " + letter.originalTopic + ": "
                            + e.getMessage(),
                    e);
        }
        TenantContext.runAs(
                letter.tenantId,
                () -> QuarkusTransaction.requiringNew().run(() -> letters.recordReplay(letter, by, from)));
    }

    private static Map<String, String> headersOf(DeadLetterEntity letter) {
        try {
            return EventJson.mapper().readValue(letter.headers, HEADERS);
        } catch (Exception e) {
            throw new IllegalStateException("headers of dead letter " + letter.id + " are unreadable", e);
        }
    }
}
