package com.rcm.platform.logging;

import com.rcm.platform.tenant.CurrentTenant;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Binds each REST request's practice (from the token) and correlation id (the caller's
 * {@value #HEADER}, or a new one) to its log lines, and answers the correlation id back.
 */
public class RequestLogContext {
    public static final String HEADER = "X-Correlation-Id";
    private static final String PROPERTY = "rcm.correlation-id";

    private final CurrentTenant tenant;

    public RequestLogContext(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    @ServerRequestFilter
    public void bind(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String correlation = given != null && given.matches("[A-Za-z0-9._:-]{1,100}")
                ? given
                : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, correlation);
        LogContext.bind(tenant.id().orElse(null), correlation);
    }

    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response) {
        Object correlation = request.getProperty(PROPERTY);
        if (correlation != null) {
            response.getHeaders().putSingle(HEADER, correlation.toString());
        }
        LogContext.clear();
    }
}
