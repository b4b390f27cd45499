package com.rcm.platform.tenant;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which practice the current work is for: a tenant bound by {@link TenantContext} (events), else
 * the {@code tenant_id} claim of the caller's token (REST).
 */
@ApplicationScoped
public class CurrentTenant {
    public static final String CLAIM = "tenant_id";

    public Optional<String> id() {
        String bound = TenantContext.bound();
        if (bound != null) {
            return Optional.of(bound);
        }
        return fromToken();
    }

    /** The tenant, or a 403 problem when the caller's token names none. */
    public String require() {
        return id().orElseThrow(NoTenantException::new);
    }

    private Optional<String> fromToken() {
        InjectableContext requestContext = Arc.container().requestContext();
        if (requestContext == null || !requestContext.isActive()) {
            return Optional.empty();
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(CLAIM);
            if (claim != null && !claim.toString().isBlank()) {
                return Optional.of(claim.toString().replace("\"", ""));
            }
        }
        Object attribute = identity.getAttribute(CLAIM);
        return Optional.ofNullable(attribute).map(Object::toString);
    }
}
