package com.rcm.platform.audit;

import com.rcm.platform.logging.RequestLogContext;
import com.rcm.platform.tenant.CurrentTenant;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.OffsetDateTime;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every call to the API made with a token, answered or refused, in the audit log: every
 * read or change of a practice's data passes through here. Health, metrics and the OpenAPI document
 * (no token, no practice data) do not.
 */
public class AuditFilter {
    private static final Logger LOG = Logger.getLogger(AuditFilter.class);

    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final CurrentTenant tenant;
    private final MeterRegistry registry;

    public AuditFilter(AuditLog audit, SecurityIdentity identity, CurrentTenant tenant, MeterRegistry registry) {
        this.audit = audit;
        this.identity = identity;
        this.tenant = tenant;
        this.registry = registry;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (!path.startsWith("/v1/") || identity.isAnonymous()) {
            return;
        }
        try {
            audit.record(new AuditLog.Entry(0, OffsetDateTime.now(), identity.getPrincipal().getName(),
                    String.join(",", new TreeSet<>(identity.getRoles())), tenant.id().orElse(AuditLog.NO_PRACTICE),
                    request.getMethod(), query == null ? path : path + "?" + query, response.getStatus(),
                    http.remoteAddress() == null ? null : http.remoteAddress().hostAddress(),
                    request.getHeaderString(RequestLogContext.HEADER) != null
                            ? request.getHeaderString(RequestLogContext.HEADER)
                            : (String) response.getHeaders().getFirst(RequestLogContext.HEADER)));
        } catch (RuntimeException e) {
            // The call's own work is done; a missing audit row is counted and logged for ops to chase.
            registry.counter("billing.audit.failures").increment();
            LOG.errorf("could not audit %s %s: %s", request.getMethod(), path, e.getMessage());
        }
    }
}
