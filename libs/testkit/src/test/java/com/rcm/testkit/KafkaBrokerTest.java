package com.rcm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.rcm.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The module tests' broker is as strict as the platform's: sign in, then only what the matrix grants. */
class KafkaBrokerTest {

    @Test
    void aClientThatDoesNotSignInGetsNothing() {
        Map<String, Object> anonymous = new HashMap<>(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                3000));
        assertThrows(Exception.class, () -> send(anonymous, Topics.encountersOf("ehr-partner-1")));
    }

    @Test
    void aPartnerWritesItsOwnTopicAndNoOtherPartners() throws Exception {
        send(new HashMap<>(KafkaBroker.clientConfig("ehr-partner-1")), Topics.encountersOf("ehr-partner-1"));
        ExecutionException refused = assertThrows(
                ExecutionException.class,
                () -> send(
                        new HashMap<>(KafkaBroker.clientConfig("ehr-partner-2")),
                        Topics.encountersOf("ehr-partner-1")));
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
    }

    @Test
    void aServiceSeesThePartnerTopicsItReadsButNotTheirDeadLetters() {
        Map<String, Object> config = new HashMap<>(KafkaBroker.clientConfig("coding-service"));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            assertEquals(
                    KafkaBroker.PARTITIONS,
                    consumer.partitionsFor(Topics.encountersOf("ehr-partner-2")).size());
            assertThrows(TopicAuthorizationException.class, () -> consumer.partitionsFor(Topics.CLAIMS_EVENTS));
            // It writes the partners' dead letters, so it may see that topic, but never read it.
            consumer.assign(
                    List.of(new TopicPartition(Topics.deadLetterTopicOf(Topics.encountersOf("ehr-partner-2")), 0)));
            assertThrows(TopicAuthorizationException.class, () -> consumer.poll(Duration.ofSeconds(5)));
        }
    }

    private static void send(Map<String, Object> config, String topic) throws Exception {
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, "k", "{}")).get(20, TimeUnit.SECONDS);
        }
    }
}
