package com.rcm.platform.metrics;

import com.rcm.events.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's event counters in every service, scraped at {@code /q/metrics}:
 * {@code billing_events_in_total{type, outcome}} (processed, duplicate, skipped, dead_lettered),
 * {@code billing_events_out_total{type}} as the outbox relay publishes, and
 * {@code billing_dead_letters_total{topic, consumer}}. A type outside the platform's contract is
 * counted as "other", so a stranger's messages cannot grow the number of series.
 */
@ApplicationScoped
public class EventMetrics {
    public static final String PROCESSED = "processed";
    public static final String DUPLICATE = "duplicate";
    public static final String SKIPPED = "skipped";
    public static final String DEAD_LETTERED = "dead_lettered";

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void in(String type, String outcome) {
        Counter.builder("billing.events.in")
                .description("Events consumed, by type and what became of them")
                .tag("type", known(type))
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    public void out(String type) {
        Counter.builder("billing.events.out")
                .description("Events published from the outbox, by type")
                .tag("type", known(type))
                .register(registry)
                .increment();
    }

    public void deadLettered(String topic, String consumer) {
        Counter.builder("billing.dead.letters")
                .description("Messages moved to a dead-letter topic")
                .tag("topic", topic)
                .tag("consumer", consumer)
                .register(registry)
                .increment();
    }

    private static String known(String type) {
        return type != null && EventType.ofType(type).isPresent() ? type : "other";
    }
}
