package com.rcm.platform.outbox;

import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The service's producer replaced by Kafka's own in-memory one, which keeps what was sent. */
public final class FakeKafka extends KafkaProducerHolder {
    public final MockProducer<String, String> producer;

    private FakeKafka() {
        super(Map.of());
        this.producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    }

    /** Every send is acknowledged at once; set {@code producer.sendException} for a broker that refuses. */
    public static FakeKafka acknowledging() {
        return new FakeKafka();
    }

    @Override
    public Producer<String, String> producer() {
        return producer;
    }
}
