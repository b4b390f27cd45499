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
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The one way a service consumes an event: read and check the CloudEvent, bind its tenant, and in
 * one transaction record it in the inbox and apply the handler. A redelivered event changes
 * nothing; a poison message is dead-lettered at once; a passing failure is retried with backoff
 * ({@link PassingFailureRetry}) and dead-lettered only when it persists. This method never throws
 * for a bad message, so a partition never blocks on one.
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

    public EventProcessor(
            Inbox inbox, DeadLetters deadLetters, PlatformConfig config, EventMetrics metrics, EncounterTraces traces) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.config = config;
        this.metrics = metrics;
        this.traces = traces;
        this.retry = new PassingFailureRetry(
                config.consumer().retryFor(),
                failure -> LOG.warnf(
                        "retrying an event after a passing failure: %s", PassingFailureRetry.describe(failure)));
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
        InboundEvent event;
        try {
            event = CloudEventReader.read(record);
        } catch (PoisonMessageException e) {
            deadLetter(null, record, e.getMessage());
            return;
        }
        if (!types.contains(event.type())) {
            if (rejectOtherTypes) {
                deadLetter(event.type(), record, "unexpected event type " + event.type() + " on " + record.topic());
            } else {
                metrics.in(event.type(), EventMetrics.SKIPPED);
            }
            return;
        }
        // The practice and correlation id on every log line of this event, the dead-lettering included.
        LogContext.bind(
                event.tenantId(),
                event.envelope().correlationId() != null
                        ? event.envelope().correlationId()
                        : event.envelope().id());
        Span span = traces.startConsuming(consumerName(), event.type(), record.headers());
        try (Scope ignored = span.makeCurrent()) {
            applyWithRetries(record, event, handler);
        } finally {
            span.end();
            LogContext.clear();
        }
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
        // Hibernate resolves the tenant only inside an active request context.
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            return TenantContext.callAs(
                    event.tenantId(),
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        if (!inbox.firstDelivery(
                                consumerName(), event.envelope().id())) {
                            return false;
                        }
                        traces.remember(event.tenantId(), event.envelope().encounterId(), traceparent);
                        handler.handle(event);
                        return true;
                    }));
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private String consumerName() {
        return config.serviceName();
    }
}
