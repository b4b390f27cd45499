package com.rcm.platform.logging;

import org.jboss.logging.MDC;

/**
 * What every log line of a unit of work carries (JSON logs put the MDC in each record): the practice
 * and the correlation id that ties one encounter's work together across services. Never patient data.
 */
public final class LogContext {
    public static final String TENANT = "tenantId";
    public static final String CORRELATION = "correlationId";

    public static void bind(String tenantId, String correlationId) {
        if (tenantId != null) {
            MDC.put(TENANT, tenantId);
        }
        if (correlationId != null) {
            MDC.put(CORRELATION, correlationId);
        }
    }

    public static void clear() {
        MDC.remove(TENANT);
        MDC.remove(CORRELATION);
    }

    private LogContext() {}
}
