package com.rcm.platform.messaging;

import static com.rcm.events.CloudEventHeaders.CAUSATION_ID;
import static com.rcm.events.CloudEventHeaders.CORRELATION_ID;
import static com.rcm.events.CloudEventHeaders.ENCOUNTER_ID;
import static com.rcm.events.CloudEventHeaders.ID;
import static com.rcm.events.CloudEventHeaders.SOURCE;
import static com.rcm.events.CloudEventHeaders.SUBJECT;
import static com.rcm.events.CloudEventHeaders.TENANT_ID;
import static com.rcm.events.CloudEventHeaders.TIME;
import static com.rcm.events.CloudEventHeaders.TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads a Kafka record in CloudEvents binary mode, refusing what no handler could trust. */
public final class CloudEventReader {
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public static InboundEvent read(ConsumerRecord<String, String> record) {
        String id = required(record, ID);
        String type = required(record, TYPE);
        String tenant = header(record, TENANT_ID);
        if (tenant == null || tenant.isBlank()) {
            throw new PoisonMessageException("event " + id + " names no tenant (ce_tenantid)");
        }
        if (!TENANT.matcher(tenant).matches()) {
            throw new PoisonMessageException("event " + id + " names a malformed tenant");
        }
        JsonNode payload;
        try {
            payload = EventJson.mapper().readTree(record.value() == null ? "" : record.value());
        } catch (Exception e) {
            throw new PoisonMessageException("payload is not JSON: " + e.getMessage(), e);
        }
        if (payload == null || !payload.isObject()) {
            throw new PoisonMessageException("payload is not a JSON object");
        }
        EventType.ofType(type).ifPresent(known -> EventSchemas.check(known, payload));
        String time = header(record, TIME);
        EventEnvelope envelope = new EventEnvelope(
                id,
                type,
                header(record, SOURCE),
                time == null ? null : parseTime(time),
                header(record, SUBJECT),
                tenant,
                header(record, ENCOUNTER_ID),
                header(record, CORRELATION_ID),
                header(record, CAUSATION_ID));
        return new InboundEvent(envelope, payload, record.topic(), record.partition(), record.offset());
    }

    private static OffsetDateTime parseTime(String time) {
        try {
            return OffsetDateTime.parse(time);
        } catch (Exception e) {
            throw new PoisonMessageException("ce_time is not an RFC 3339 timestamp: " + time);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("missing CloudEvents header " + name);
        }
        return value;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private CloudEventReader() {}
}
