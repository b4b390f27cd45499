package com.rcm.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The platform's broker as a partner or an auditor sees it: publish a record, read what is on a topic.
 * Nothing here reaches the broker without signing in (ADR 26): a partner's topic is written as that
 * partner, with a token of its Keycloak client (OAUTHBEARER); everything else as the broker's
 * administrator (SCRAM-SHA-512, deploy/local's KAFKA_ADMIN_PASSWORD).
 */
final class PlatformKafka {
    /** The platform broker's address (deploy/local: 127.0.0.1, KAFKA_PORT or 9092). */
    static final String BOOTSTRAP = "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092");

    static final String ADMIN = "admin";
    private static final String TOKEN_URL = "http://127.0.0.1:"
            + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180") + "/realms/billing/protocol/openid-connect/token";
    private static final Pattern PARTNER_TOPIC = Pattern.compile("ehr[.]encounters[.]v1[.](ehr-partner-[0-9]+)");

    static {
        // Kafka 4 clients fetch tokens only from addresses the JVM allows.
        System.setProperty("org.apache.kafka.sasl.oauthbearer.allowed.urls", TOKEN_URL);
    }

    /** Client settings that sign in as {@code principal}: a demo partner client, or {@link #ADMIN}. */
    static Properties signedInAs(String principal) {
        Properties config = new Properties();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        if (ADMIN.equals(principal)) {
            config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
            config.put(
                    SaslConfigs.SASL_JAAS_CONFIG,
                    "org.apache.kafka.common.security.scram.ScramLoginModule required"
                            + " username=\"admin\" password=\""
                            + System.getenv().getOrDefault("KAFKA_ADMIN_PASSWORD", "kafka-admin-secret")
                            + "\";");
        } else {
            String secretVariable = principal.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
            config.put(SaslConfigs.SASL_MECHANISM, "OAUTHBEARER");
            config.put(SaslConfigs.SASL_LOGIN_CALLBACK_HANDLER_CLASS, OAuthBearerLoginCallbackHandler.class.getName());
            config.put(SaslConfigs.SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL, TOKEN_URL);
            config.put(
                    SaslConfigs.SASL_JAAS_CONFIG,
                    "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule"
                            + " required clientId=\"" + principal + "\" clientSecret=\""
                            + System.getenv().getOrDefault(secretVariable, principal + "-secret") + "\";");
        }
        return config;
    }

    /** Who writes {@code topic}: the partner whose topic it is, else the administrator. */
    static String writerOf(String topic) {
        Matcher partner = PARTNER_TOPIC.matcher(topic);
        return partner.matches() ? partner.group(1) : ADMIN;
    }

    /** Sends one record as the writer of {@code topic} and returns once the broker has it. */
    static void send(String topic, String key, String value, Map<String, String> headers) {
        try {
            sendAs(signedInAs(writerOf(topic)), topic, key, value, headers);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a record on " + topic, e.getCause());
        }
    }

    /** Sends one record with the client settings {@code config}; the broker's refusal comes back as the cause. */
    static void sendAs(Properties config, String topic, String key, String value, Map<String, String> headers)
            throws ExecutionException {
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "20000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new ExecutionException("no answer from the broker within 30 s", e);
        } catch (KafkaException e) {
            // Refused before the send could start: sign-in or metadata.
            throw new ExecutionException(e.getMessage(), e);
        }
    }

    /** Every record now on {@code topics} that {@code wanted} accepts, read from the beginning. */
    static List<ConsumerRecord<String, String>> read(
            List<String> topics, Predicate<ConsumerRecord<String, String>> wanted) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    /** Waits up to {@code timeout} for a record on {@code topic} that {@code wanted} accepts. */
    static Optional<ConsumerRecord<String, String>> await(
            String topic, Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        try {
            return Optional.of(Awaitility.await()
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> read(List.of(topic), wanted), found -> !found.isEmpty())
                    .get(0));
        } catch (ConditionTimeoutException e) {
            return Optional.empty();
        }
    }

    /** How many records {@code topics} hold in all (their partitions' end offsets). */
    static long endOffsets(List<String> topics) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                    .toList();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties config = signedInAs(ADMIN);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(config);
    }

    private PlatformKafka() {}
}
