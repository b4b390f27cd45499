package com.rcm.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One encounter, one trace. Every event carries W3C trace context ({@code traceparent}) as a Kafka
 * header; a consumer continues the trace it brings, and an event this service emits for an
 * encounter stays in the trace the encounter began in, even when a scheduled batch or another
 * trace's request (a clearinghouse's 835) is what emits it.
 */
@ApplicationScoped
public class EncounterTraces {
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false)
                    .map(Header::key)
                    .toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final EntityManager em;
    private final Tracer tracer;

    public EncounterTraces(EntityManager em, OpenTelemetry openTelemetry) {
        this.em = em;
        this.tracer = openTelemetry.getTracer("com.rcm.platform");
    }

    /** The span of consuming one event, a child of the context its record carries (a new trace if none). */
    public Span startConsuming(String consumer, String eventType, Headers headers) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, KAFKA_HEADERS);
        return tracer.spanBuilder(consumer + " process " + eventType)
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .startSpan();
    }

    public static String traceparentOf(Headers headers) {
        return KAFKA_HEADERS.get(headers, TRACEPARENT);
    }

    /**
     * The trace context an outgoing event carries: the current span when it belongs to the encounter's
     * trace (or the encounter has none yet, which it then takes), else the encounter's own trace; null
     * when there is neither.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String forOutgoing(String tenantId, String encounterId) {
        SpanContext current = Span.current().getSpanContext();
        String known = encounterId == null ? null : known(tenantId, encounterId);
        if (known != null) {
            return current.isValid() && known.contains("-" + current.getTraceId() + "-") ? format(current) : known;
        }
        if (!current.isValid()) {
            return null;
        }
        String traceparent = format(current);
        if (encounterId != null) {
            remember(tenantId, encounterId, traceparent);
        }
        return traceparent;
    }

    /** Remembers the trace an encounter's event came in, unless this service knows one for it already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String tenantId, String encounterId, String traceparent) {
        if (encounterId == null || traceparent == null || traceparent.isBlank()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO encounter_trace (tenant_id, encounter_id, traceparent) VALUES (:tenant, :encounter, :tp)
                ON CONFLICT DO NOTHING""")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("tenant", tenantId)
                .setParameter("encounter", encounterId)
                .setParameter("tp", traceparent)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private String known(String tenantId, String encounterId) {
        List<String> rows = em.createNativeQuery("""
                SELECT traceparent FROM encounter_trace WHERE tenant_id = :tenant AND encounter_id = :encounter""")
                // No entity writes this table: asking it need not flush the persistence context first.
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("tenant", tenantId)
                .setParameter("encounter", encounterId)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String format(SpanContext context) {
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-"
                + context.getTraceFlags().asHex();
    }
}
