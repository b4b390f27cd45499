package com.rcm.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.CloudEventHeaders;
import com.rcm.platform.PlatformDatabase;
import com.rcm.platform.config.TestPlatformConfig;
import com.rcm.platform.metrics.EventMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay against a real outbox table: order, headers, marking sent, one relay at a time, and failure. */
class OutboxRelayTests {
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final TestPlatformConfig config = new TestPlatformConfig();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FakeKafka kafka = FakeKafka.acknowledging();

    @BeforeEach
    void emptyOutbox() {
        PlatformDatabase.asSuperuser("DELETE FROM outbox_event");
    }

    private OutboxRelay relay(FakeKafka to) {
        return new OutboxRelay(PlatformDatabase.dataSource(), to, config, new EventMetrics(registry), registry);
    }

    @Test
    void committedRowsArePublishedInCommitOrderWithTheirCloudEventHeadersAndMarkedSent() throws Exception {
        List<UUID> ids = List.of(
                insert("practice-a", "enc-1", "com.rcm.claims.ClaimSubmitted"),
                insert("practice-b", "enc-2", "com.rcm.claims.ClaimAccepted"),
                insert("practice-a", "enc-1", "com.rcm.claims.ClaimPaid"));

        assertEquals(3, relay(kafka).relayBatch());

        List<ProducerRecord<String, String>> sent = kafka.producer.history();
        assertEquals(
                ids.stream().map(UUID::toString).toList(),
                sent.stream().map(r -> header(r, CloudEventHeaders.ID)).toList());
        ProducerRecord<String, String> first = sent.get(0);
        assertEquals("claims.events.v1", first.topic());
        assertEquals("enc-1", first.key());
        assertEquals("{\"n\":1}", first.value());
        assertEquals("com.rcm.claims.ClaimSubmitted", header(first, CloudEventHeaders.TYPE));
        assertEquals("/claims-service", header(first, CloudEventHeaders.SOURCE));
        assertEquals("practice-a", header(first, CloudEventHeaders.TENANT_ID));
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", header(first, "traceparent"));
        assertEquals(0, unsent());

        assertEquals(0, relay(kafka).relayBatch(), "nothing is sent twice");
        assertEquals(3, kafka.producer.history().size());
    }

    @Test
    void aBacklogLongerThanTheBatchGoesOutBatchByBatch() throws Exception {
        config.batchSize = 2;
        for (int i = 0; i < 5; i++) {
            insert("practice-a", "enc-" + i, "com.rcm.claims.ClaimSubmitted");
        }
        OutboxRelay relay = relay(kafka);

        assertEquals(
                List.of(2, 2, 1, 0),
                List.of(relay.relayBatch(), relay.relayBatch(), relay.relayBatch(), relay.relayBatch()));
        assertEquals(
                List.of("enc-0", "enc-1", "enc-2", "enc-3", "enc-4"),
                kafka.producer.history().stream().map(ProducerRecord::key).toList());
    }

    @Test
    void aSendTheBrokerRefusesLeavesTheRowsToBeSentAgain() throws Exception {
        insert("practice-a", "enc-1", "com.rcm.claims.ClaimSubmitted");
        FakeKafka down = FakeKafka.acknowledging();
        down.producer.sendException = new KafkaException("broker not available");

        assertThrows(KafkaException.class, () -> relay(down).relayBatch());
        assertEquals(1, unsent());

        assertEquals(1, relay(kafka).relayBatch(), "the next relay publishes it");
        assertEquals(0, unsent());
    }

    @Test
    void whileAnotherInstanceRelaysThisOnePublishesNothing() throws Exception {
        insert("practice-a", "enc-1", "com.rcm.claims.ClaimSubmitted");
        try (Connection other = PlatformDatabase.runtimeConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                lock.execute();
            }

            assertEquals(0, relay(kafka).relayBatch());
            assertTrue(kafka.producer.history().isEmpty());
            other.rollback();
        }
        assertEquals(1, relay(kafka).relayBatch());
    }

    @Test
    void theBacklogGaugeCountsUnsentRowsAndTheAgeOfTheOldest() throws Exception {
        insert("practice-a", "enc-1", "com.rcm.claims.ClaimSubmitted");
        insert("practice-a", "enc-2", "com.rcm.claims.ClaimSubmitted");
        PlatformDatabase.asSuperuser(
                "UPDATE outbox_event SET created_at = now() - interval '90 seconds' WHERE message_key = 'enc-1'");

        double[] backlog = relay(kafka).backlog();

        assertEquals(2.0, backlog[0]);
        assertTrue(backlog[1] >= 90 && backlog[1] < 120, "oldest waited " + backlog[1] + " s");
    }

    private static UUID insert(String tenant, String key, String type) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = PlatformDatabase.runtimeConnection();
                PreparedStatement insert = c.prepareStatement("""
                INSERT INTO outbox_event (id, topic, message_key, event_type, subject, tenant_id, encounter_id,
                                          correlation_id, causation_id, payload, created_at, traceparent)
                VALUES (?, 'claims.events.v1', ?, ?, 'claim/1', ?, ?, 'corr-1', NULL, ?, now(),
                        '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')""")) {
            insert.setObject(1, id);
            insert.setString(2, key);
            insert.setString(3, type);
            insert.setString(4, tenant);
            insert.setString(5, key);
            insert.setString(6, "{\"n\":" + countRows(c) + "}");
            insert.executeUpdate();
        }
        return id;
    }

    private static long countRows(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) + 1 FROM outbox_event")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long unsent() throws Exception {
        try (Connection c = PlatformDatabase.runtimeConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
