package com.rcm.ops.messaging;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.ops.persistence.DeadLetterEntity;
import com.rcm.ops.persistence.DeadLetterRepository;
import com.rcm.platform.tenant.CurrentTenant;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Files every dead letter of every topic for the dead-letter browser, under the practice its
 * {@code ce_tenantid} names ("unknown" when it names none a practice id can be, which only ops sees).
 * Not through the inbox: a dead letter need not be a readable event; the topic, partition and offset
 * make a redelivery harmless.
 */
@ApplicationScoped
public class DeadLetterIntake {
    public static final String UNKNOWN_TENANT = CurrentTenant.UNPROVEN;

    private final DeadLetterRepository letters;

    public DeadLetterIntake(DeadLetterRepository letters) {
        this.letters = letters;
    }

    @Incoming("dead-letters")
    @Blocking
    public void onDeadLetter(ConsumerRecord<String, String> record) {
        DeadLetterEntity letter = letterOf(record);
        TenantContext.runAs(
                letter.tenantId,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> letters.keep(letter, record.partition(), record.offset())));
    }

    static DeadLetterEntity letterOf(ConsumerRecord<String, String> record) {
        Map<String, String> original = new LinkedHashMap<>();
        Map<String, String> dlq = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            String value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
            (header.key().startsWith("dlq-") ? dlq : original).put(header.key(), value);
        }
        String tenant = original.get(CloudEventHeaders.TENANT_ID);
        DeadLetterEntity letter = new DeadLetterEntity();
        letter.id = UUID.randomUUID().toString();
        letter.tenantId = CurrentTenant.isPracticeId(tenant) ? tenant : UNKNOWN_TENANT;
        letter.dlqTopic = record.topic();
        letter.originalTopic = dlq.getOrDefault(
                CloudEventHeaders.DLQ_ORIGINAL_TOPIC,
                record.topic().substring(0, record.topic().length() - Topics.DLQ_SUFFIX.length()));
        letter.originalPartition = number(dlq.get(CloudEventHeaders.DLQ_ORIGINAL_PARTITION))
                .map(Long::intValue)
                .orElse(null);
        letter.originalOffset =
                number(dlq.get(CloudEventHeaders.DLQ_ORIGINAL_OFFSET)).orElse(null);
        letter.recordKey = record.key();
        letter.recordValue = record.value();
        letter.headers = EventJson.write(original);
        letter.eventType = original.get(CloudEventHeaders.TYPE);
        letter.eventId = original.get(CloudEventHeaders.ID);
        letter.encounterId = original.get(CloudEventHeaders.ENCOUNTER_ID);
        letter.reason = dlq.getOrDefault(CloudEventHeaders.DLQ_REASON, "no reason given");
        letter.consumer = dlq.get(CloudEventHeaders.DLQ_CONSUMER);
        letter.deadLetteredAt = timeOf(dlq.get(CloudEventHeaders.DLQ_AT), record.timestamp());
        return letter;
    }

    private static Optional<Long> number(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static OffsetDateTime timeOf(String text, long recordTimestamp) {
        try {
            if (text != null) {
                return OffsetDateTime.parse(text);
            }
        } catch (RuntimeException e) {
            // fall back to the broker's timestamp
        }
        return Instant.ofEpochMilli(recordTimestamp).atOffset(ZoneOffset.UTC);
    }
}
