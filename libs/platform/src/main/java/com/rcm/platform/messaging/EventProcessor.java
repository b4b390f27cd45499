package com.rcm.platform.messaging;

import com.rcm.platform.config.PlatformConfig;
import com.rcm.platform.inbox.Inbox;
import com.rcm.platform.logging.LogContext;
import com.rcm.platform.metrics.EventMetrics;
import com.rcm.platform.tenant.TenantContext;
import com.rcm.platform.tracing.EncounterTraces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The one way a service consumes events: read and check each CloudEvent, bind its tenant, and in
 * one transaction record it in the inbox and apply the handler. A redelivered event changes
 * nothing; a poison message is dead-lettered at once; a passing failure is retried with backoff
 * ({@link PassingFailureRetry}) and dead-lettered only when it persists. Nothing here throws for a
 * bad message, so a partition never blocks on one.
 *
 * <p>What one poll returns is applied in one transaction per practice ({@link #processAll}): one
 * bulk inbox insert tells which events are new, the handler runs for each of those in order, and
 * the commit is paid once for all of them. A batch that fails is halved and each half tried again,
 * down to the single event, which then takes the retrying path above: the poison record is
 * dead-lettered alone and the rest commit.
 */
@ApplicationScoped
public class EventProcessor {
    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final PlatformConfig config;
    private final EventMetrics metrics;
    private final EncounterTraces traces;
    private final PassingFailureRetry retry;
    private final EntityManager entityManager;

    public EventProcessor(
            Inbox inbox,
            DeadLetters deadLetters,
            PlatformConfig config,
            EventMetrics metrics,
            EncounterTraces traces,
            EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.deadLetters = deadLetters;
        this.config = config;
        this.metrics = metrics;
        this.traces = traces;
        this.retry = new PassingFailureRetry(
                config.consumer().retryFor(),
                failure -> LOG.warnf(
                        "retrying an event after a passing failure: %s", PassingFailureRetry.describe(failure)));
    }

    /**
     * Processes a poll's records with {@code handler}, those of each practice in one transaction, in
     * the order they came; records of a type not in {@code types} are skipped.
     */
    public void processAll(Iterable<ConsumerRecord<String, String>> records, Set<String> types, EventHandler handler) {
        processAll(records, types, handler, false);
    }

    /** For inbound topics that carry one type only: a record of any other type is dead-lettered. */
    public void processAllExactly(Iterable<ConsumerRecord<String, String>> records, String type, EventHandler handler) {
        processAll(records, Set.of(type), handler, true);
    }

    /** Processes {@code record} with {@code handler} if its type is one of {@code types}; skips it otherwise. */
    public void process(ConsumerRecord<String, String> record, Set<String> types, EventHandler handler) {
        process(record, types, handler, false);
    }

    /** For inbound topics that carry one type only: a record of any other type is dead-lettered. */
    public void processExactly(ConsumerRecord<String, String> record, String type, EventHandler handler) {
        process(record, Set.of(type), handler, true);
    }

    private void process(
            ConsumerRecord<String, String> record, Set<String> types, EventHandler handler, boolean rejectOtherTypes) {
        InboundEvent event = accept(record, types, rejectOtherTypes);
        if (event != null) {
            applyOne(new Delivered(record, event), handler);
        }
    }

    private void processAll(
            Iterable<ConsumerRecord<String, String>> records,
            Set<String> types,
            EventHandler handler,
            boolean rejectOtherTypes) {
        // A practice's events keep their order; practices never share a transaction.
        Map<String, List<Delivered>> byTenant = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            InboundEvent event = accept(record, types, rejectOtherTypes);
            if (event != null) {
                byTenant.computeIfAbsent(event.tenantId(), tenant -> new ArrayList<>())
                        .add(new Delivered(record, event));
            }
        }
        byTenant.values().forEach(batch -> applyBatch(batch, handler));
    }

    /** The event {@code record} carries, or null when it is dead-lettered or not one this consumer takes. */
    private InboundEvent accept(ConsumerRecord<String, String> record, Set<String> types, boolean rejectOtherTypes) {
        InboundEvent event;
        try {
            event = CloudEventReader.read(record);
        } catch (PoisonMessageException e) {
            deadLetter(null, record, e.getMessage());
            return null;
        }
        if (!types.contains(event.type())) {
            if (rejectOtherTypes) {
                deadLetter(event.type(), record, "unexpected event type " + event.type() + " on " + record.topic());
            } else {
                metrics.in(event.type(), EventMetrics.SKIPPED);
            }
            return null;
        }
        return event;
    }

    private void applyBatch(List<Delivered> batch, EventHandler handler) {
        if (batch.size() == 1) {
            applyOne(batch.get(0), handler);
            return;
        }
        List<Boolean> firstDeliveries;
        try {
            firstDeliveries = applyTogether(batch, handler);
        } catch (RuntimeException e) {
            LOG.debugf(
                    "a batch of %d events failed, trying each half: %s", batch.size(), PassingFailureRetry.describe(e));
            int half = batch.size() / 2;
            applyBatch(batch.subList(0, half), handler);
            applyBatch(batch.subList(half, batch.size()), handler);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            metrics.in(
                    batch.get(i).event().type(),
                    firstDeliveries.get(i) ? EventMetrics.PROCESSED : EventMetrics.DUPLICATE);
        }
    }

    /** One practice's events in one transaction, without retries: a failure rolls all of them back. */
    private List<Boolean> applyTogether(List<Delivered> batch, EventHandler handler) {
        String tenantId = batch.get(0).event().tenantId();
        return inRequestContext(() -> TenantContext.callAs(
                tenantId,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    Set<String> fresh = inbox.firstDeliveries(
                            consumerName(),
                            batch.stream().map(d -> d.event().envelope().id()).toList());
                    List<Boolean> firstDeliveries = new ArrayList<>(batch.size());
                    for (Delivered delivered : batch) {
                        // remove: an event the poll holds twice is applied once.
                        boolean first =
                                fresh.remove(delivered.event().envelope().id());
                        firstDeliveries.add(first);
                        if (first) {
                            traced(delivered, () -> {
                                handle(delivered, handler);
                                // Each event's writes go out now, and the next one starts from an empty
                                // persistence context: a long batch costs no more per event than a short one.
                                entityManager.flush();
                                entityManager.clear();
                            });
                        }
                    }
                    return firstDeliveries;
                })));
    }

    private void applyOne(Delivered delivered, EventHandler handler) {
        traced(delivered, () -> applyWithRetries(delivered.record(), delivered.event(), handler));
    }

    /** Runs {@code work} with the event's practice and correlation id on every log line, in its own span. */
    private void traced(Delivered delivered, Runnable work) {
        InboundEvent event = delivered.event();
        LogContext.bind(
                event.tenantId(),
                event.envelope().correlationId() != null
                        ? event.envelope().correlationId()
                        : event.envelope().id());
        Span span = traces.startConsuming(
                consumerName(), event.type(), delivered.record().headers());
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } finally {
            span.end();
            LogContext.clear();
        }
    }

    private void handle(Delivered delivered, EventHandler handler) {
        InboundEvent event = delivered.event();
        traces.remember(
                event.tenantId(),
                event.envelope().encounterId(),
                EncounterTraces.traceparentOf(delivered.record().headers()));
        handler.handle(event);
    }

    private void applyWithRetries(ConsumerRecord<String, String> record, InboundEvent event, EventHandler handler) {
        String traceparent = EncounterTraces.traceparentOf(record.headers());
        PassingFailureRetry.Delivery delivery = retry.deliver(() -> apply(event, traceparent, handler));
        if (delivery instanceof PassingFailureRetry.Delivery.Applied applied) {
            metrics.in(event.type(), applied.firstDelivery() ? EventMetrics.PROCESSED : EventMetrics.DUPLICATE);
        } else if (delivery instanceof PassingFailureRetry.Delivery.Poisoned poisoned) {
            deadLetter(event.type(), record, poisoned.poison());
        } else if (delivery instanceof PassingFailureRetry.Delivery.GaveUp gaveUp) {
            deadLetter(event.type(), record, gaveUp.reason());
        }
    }

    private void deadLetter(String type, ConsumerRecord<String, String> record, String reason) {
        deadLetters.send(consumerName(), record, reason);
        metrics.in(type, EventMetrics.DEAD_LETTERED);
    }

    private void deadLetter(String type, ConsumerRecord<String, String> record, PoisonMessageException poison) {
        deadLetters.send(consumerName(), record, poison.getMessage(), !(poison instanceof UnprovenTenantException));
        metrics.in(type, EventMetrics.DEAD_LETTERED);
    }

    /** Applies the event once; false when the inbox had it already (a redelivery). */
    private boolean apply(InboundEvent event, String traceparent, EventHandler handler) {
        return inRequestContext(() -> TenantContext.callAs(
                event.tenantId(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumerName(), event.envelope().id())) {
                        return false;
                    }
                    traces.remember(event.tenantId(), event.envelope().encounterId(), traceparent);
                    handler.handle(event);
                    return true;
                })));
    }

    /** Hibernate resolves the tenant only inside an active request context. */
    private static <T> T inRequestContext(Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            return work.get();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private String consumerName() {
        return config.serviceName();
    }

    /** A record and the event read from it. */
    private record Delivered(ConsumerRecord<String, String> record, InboundEvent event) {}
}
