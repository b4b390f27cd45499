package com.rcm.platform.outbox;

import static com.rcm.events.CloudEventHeaders.CAUSATION_ID;
import static com.rcm.events.CloudEventHeaders.CONTENT_TYPE;
import static com.rcm.events.CloudEventHeaders.CORRELATION_ID;
import static com.rcm.events.CloudEventHeaders.ENCOUNTER_ID;
import static com.rcm.events.CloudEventHeaders.ID;
import static com.rcm.events.CloudEventHeaders.JSON;
import static com.rcm.events.CloudEventHeaders.SOURCE;
import static com.rcm.events.CloudEventHeaders.SPEC_VERSION;
import static com.rcm.events.CloudEventHeaders.SPEC_VERSION_VALUE;
import static com.rcm.events.CloudEventHeaders.SUBJECT;
import static com.rcm.events.CloudEventHeaders.TENANT_ID;
import static com.rcm.events.CloudEventHeaders.TIME;
import static com.rcm.events.CloudEventHeaders.TYPE;

import com.rcm.platform.config.PlatformConfig;
import com.rcm.platform.metrics.EventMetrics;
import com.rcm.platform.tracing.EncounterTraces;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in commit order and marks them sent. One relay runs per
 * database at a time (a transaction-scoped advisory lock), which keeps every key's events in order
 * even with several instances of a service. A crash between send and mark re-sends the batch;
 * consumers' inboxes make that harmless.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"

    private final AgroalDataSource dataSource;
    private final KafkaProducerHolder kafka;
    private final PlatformConfig config;
    private final EventMetrics metrics;
    private final MeterRegistry registry;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(
            AgroalDataSource dataSource,
            KafkaProducerHolder kafka,
            PlatformConfig config,
            EventMetrics metrics,
            MeterRegistry registry) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.config = config;
        this.metrics = metrics;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        if (!config.outbox().relayEnabled()) {
            return;
        }
        // Read from the database at each scrape: what waits to be published, and for how long the oldest has.
        Gauge.builder("billing.outbox.backlog", this, relay -> relay.backlog()[0])
                .strongReference(true)
                .description("Outbox rows not yet published")
                .register(registry);
        Gauge.builder("billing.outbox.oldest.age", this, relay -> relay.backlog()[1])
                .baseUnit("seconds")
                .strongReference(true)
                .description("Age of the oldest outbox row not yet published")
                .register(registry);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (thread != null) {
            thread.join(5_000);
        }
    }

    /** Called after a commit that wrote outbox rows. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        long pollMillis = config.outbox().pollInterval().toMillis();
        while (running) {
            try {
                int sent = relayBatch();
                if (sent < config.outbox().batchSize()) {
                    wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("outbox relay could not publish, retrying: %s", e.getMessage());
                sleepQuietly(1_000);
            }
        }
    }

    /** Publishes one batch; returns how many rows it marked sent. */
    int relayBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lockRelay(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<UUID> ids = new ArrayList<>();
                List<String> types = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                Producer<String, String> producer = kafka.producer();
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT id, topic, message_key, event_type, subject, tenant_id, encounter_id,
                               correlation_id, causation_id, payload, created_at, traceparent
                          FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                    select.setInt(1, config.outbox().batchSize());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject("id", UUID.class));
                            types.add(rows.getString("event_type"));
                            acks.add(producer.send(toRecord(rows)));
                        }
                    }
                }
                if (ids.isEmpty()) {
                    connection.rollback();
                    return 0;
                }
                producer.flush();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                markSent(connection, ids);
                connection.commit();
                types.forEach(metrics::out);
                return ids.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** {unsent rows, seconds the oldest has waited}; NaN when the database cannot be asked. */
    double[] backlog() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                          FROM outbox_event WHERE sent_at IS NULL""");
                ResultSet result = query.executeQuery()) {
            result.next();
            return new double[] {result.getLong(1), result.getDouble(2)};
        } catch (SQLException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private boolean lockRelay(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private ProducerRecord<String, String> toRecord(ResultSet row) throws SQLException {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(row.getString("topic"), row.getString("message_key"), row.getString("payload"));
        header(record, SPEC_VERSION, SPEC_VERSION_VALUE);
        header(record, ID, row.getObject("id", UUID.class).toString());
        header(record, TYPE, row.getString("event_type"));
        header(record, SOURCE, "/" + config.serviceName());
        header(
                record,
                TIME,
                row.getObject("created_at", java.time.OffsetDateTime.class)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(record, SUBJECT, row.getString("subject"));
        header(record, TENANT_ID, row.getString("tenant_id"));
        header(record, ENCOUNTER_ID, row.getString("encounter_id"));
        header(record, CORRELATION_ID, row.getString("correlation_id"));
        header(record, CAUSATION_ID, row.getString("causation_id"));
        header(record, CONTENT_TYPE, JSON);
        header(record, EncounterTraces.TRACEPARENT, row.getString("traceparent"));
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void markSent(Connection connection, List<UUID> ids) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
