package com.rcm.testkit;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes raw records on the test broker, so tests see exactly what crossed Kafka. */
public final class EventTap {

    /** Waits until a record on {@code topic} matches, reading the topic from its start. */
    public static ConsumerRecord<String, String> await(
            String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return find(topic, match, timeout)
                .orElseThrow(() -> new AssertionError("no matching record on " + topic + " within " + timeout));
    }

    public static Optional<ConsumerRecord<String, String>> find(
            String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        List<ConsumerRecord<String, String>> all = readUntil(topic, match, timeout);
        return all.stream().filter(match).findFirst();
    }

    /** Every record on {@code topic} that is there now (read until the topic is quiet for a moment). */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Duration quiet) {
        return readUntil(topic, r -> false, quiet);
    }

    private static List<ConsumerRecord<String, String>> readUntil(
            String topic, Predicate<ConsumerRecord<String, String>> stop, Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(KafkaBroker.clientConfig(KafkaBroker.ADMIN));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "event-tap-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                    if (stop.test(record)) {
                        return seen;
                    }
                }
            }
        }
        return seen;
    }

    /** A record to send: key, value and headers. */
    public record Outgoing(String key, String value, Map<String, String> headers) {}

    public static void send(String topic, String key, String value, Map<String, String> headers) {
        sendAll(topic, List.of(new Outgoing(key, value, headers)));
    }

    /**
     * Sends the records in order through one producer and returns once the broker has them all. A test
     * partner's topic is written as that partner (the broker lets no one else); any other as the admin.
     */
    public static void sendAll(String topic, List<Outgoing> records) {
        String principal =
                Topics.partnerOf(topic).filter(KafkaBroker.PARTNERS::contains).orElse(KafkaBroker.ADMIN);
        Map<String, Object> config = new HashMap<>(KafkaBroker.clientConfig(principal));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Outgoing outgoing : records) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, outgoing.key(), outgoing.value());
                outgoing.headers().forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Predicate<ConsumerRecord<String, String>> ofType(String type, String encounterId) {
        return r -> type.equals(header(r, CloudEventHeaders.TYPE))
                && (encounterId == null || encounterId.equals(header(r, CloudEventHeaders.ENCOUNTER_ID)));
    }

    private EventTap() {}
}
