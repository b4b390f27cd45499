package com.rcm.platform.audit;

import com.rcm.platform.logging.RequestLogContext;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.OffsetDateTime;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every call to the API made with a token, answered or refused, in the audit log: every
 * read or change of a practice's data passes through here. Health, metrics and the OpenAPI document
 * (no token, no practice data) do not.
 */
public class AuditFilter {
    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final CurrentTenant tenant;

    public AuditFilter(AuditLog audit, SecurityIdentity identity, CurrentTenant tenant) {
        this.audit = audit;
        this.identity = identity;
        this.tenant = tenant;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (!path.startsWith("/v1/") || identity.isAnonymous()) {
            return;
        }
        String correlation = request.getHeaderString(RequestLogContext.HEADER) != null
                ? request.getHeaderString(RequestLogContext.HEADER)
                : (String) response.getHeaders().getFirst(RequestLogContext.HEADER);
        // Everything is read here, on the request's own thread; the row may be written from a worker.
        audit.record(new AuditLog.Entry(
                0,
                OffsetDateTime.now(),
                identity.getPrincipal().getName(),
                String.join(",", new TreeSet<>(identity.getRoles())),
                tenant.id().orElse(AuditLog.NO_PRACTICE),
                request.getMethod(),
                query == null ? path : path + "?" + query,
                response.getStatus(),
                http.remoteAddress() == null ? null : http.remoteAddress().hostAddress(),
                correlation));
    }
}
