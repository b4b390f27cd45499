package com.rcm.platform.tenant;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses (403) every API call whose token names a tenant that is not a practice id, before any
 * resource runs: such a claim is a forged or misconfigured token, not a caller of no practice, and
 * no endpoint should have to remember to ask.
 */
public class TenantClaimCheck {
    private final CurrentTenant tenant;

    public TenantClaimCheck(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    @ServerRequestFilter(priority = 100)
    public void refuseMalformedClaims(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/v1/") && tenant.hasMalformedClaim()) {
            throw NoTenantException.malformed();
        }
    }
}
