package com.rcm.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The service's one Kafka producer, used by the outbox relay and for dead letters. Idempotent and
 * acks=all so that a record the relay counts as sent is really on the broker. It signs in to the broker
 * as the service, with the same {@code kafka.*} settings as the service's channels (ADR 26).
 */
@ApplicationScoped
public class KafkaProducerHolder {
    private final Map<String, Object> brokerConfig;
    private volatile Producer<String, String> producer;

    public KafkaProducerHolder(@Identifier("default-kafka-broker") Map<String, Object> brokerConfig) {
        this.brokerConfig = brokerConfig;
    }

    public Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = new HashMap<>(brokerConfig);
                    config.putAll(Map.of(
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                            true,
                            ProducerConfig.LINGER_MS_CONFIG,
                            5,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                            30_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                            10_000,
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                            StringSerializer.class.getName(),
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                            StringSerializer.class.getName()));
                    producer = new KafkaProducer<>(config);
                }
            }
        }
        return producer;
    }

    void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close();
        }
    }
}
