package com.rcm.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * This machine's raw limits, measured beside the pipeline in the same run: how many encounter-sized
 * records the Kafka broker takes and hands back a second, and how many single-row commits a second
 * PostgreSQL makes (each durable: synchronous_commit as configured).
 */
final class RawLimits {

    /** Records a second produced (acks=all), consumed, and both end to end. */
    record KafkaFigures(
            int records,
            int bytesPerRecord,
            double producedPerSecond,
            double consumedPerSecond,
            double producedAndConsumedPerSecond) {}

    /** Commits a second of one-row inserts from {@code connections} connections. */
    record PostgresFigures(int connections, double seconds, long commits, double commitsPerSecond) {}

    static KafkaFigures kafka(int records, String value) throws ExecutionException, InterruptedException {
        String topic = "benchmark.raw." + System.currentTimeMillis();
        try (Admin admin = Admin.create(PlatformKafka.signedInAs(PlatformKafka.ADMIN))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            try {
                long start = System.nanoTime();
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
                    for (int i = 0; i < records; i++) {
                        producer.send(new ProducerRecord<>(topic, "key-" + i, value));
                    }
                    producer.flush();
                }
                long produced = System.nanoTime();
                int read = 0;
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
                    consumer.subscribe(List.of(topic));
                    while (read < records) {
                        read += consumer.poll(Duration.ofMillis(500)).count();
                    }
                }
                long consumed = System.nanoTime();
                return new KafkaFigures(
                        records,
                        value.length(),
                        perSecond(records, produced - start),
                        perSecond(records, consumed - produced),
                        perSecond(records, consumed - start));
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    static PostgresFigures postgres(int connections, Duration duration) throws Exception {
        String url = "jdbc:postgresql://" + System.getenv().getOrDefault("PGHOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("PGPORT", "5432") + "/postgres";
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        try (Connection setup = DriverManager.getConnection(url, user, "");
                Statement sql = setup.createStatement()) {
            sql.execute(
                    "CREATE TABLE IF NOT EXISTS benchmark_commit (id bigserial PRIMARY KEY, payload text, at timestamptz)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            counts.add(pool.submit(() -> {
                long commits = 0;
                try (Connection connection = DriverManager.getConnection(url, user, "");
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO benchmark_commit (payload, at) VALUES (?, now())")) {
                    while (System.nanoTime() < end) {
                        insert.setString(1, "an encounter-sized row of text " + commits);
                        insert.executeUpdate();
                        commits++;
                    }
                }
                return commits;
            }));
        }
        long commits = 0;
        for (Future<Long> count : counts) {
            commits += count.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try (Connection cleanup = DriverManager.getConnection(url, user, "");
                Statement sql = cleanup.createStatement()) {
            sql.execute("DROP TABLE benchmark_commit");
        } catch (SQLException e) {
            // Left behind it harms nothing; the next run reuses it.
        }
        return new PostgresFigures(connections, seconds, commits, commits / seconds);
    }

    private static double perSecond(int records, long nanos) {
        return records / (nanos / 1e9);
    }

    private static Properties producerConfig() {
        Properties config = PlatformKafka.signedInAs(PlatformKafka.ADMIN);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return config;
    }

    private static Properties consumerConfig() {
        Properties config = PlatformKafka.signedInAs(PlatformKafka.ADMIN);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-raw-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    private RawLimits() {}
}
