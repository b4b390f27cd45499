package com.rcm.ops.api;

import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Whose data the caller may see: ops every practice's, anyone else their own practice's. */
@RequestScoped
public class Viewer {
    /** The billing company's operations role: every practice. */
    static final String OPS = "ops";

    private final SecurityIdentity identity;
    private final CurrentTenant tenant;

    public Viewer(SecurityIdentity identity, CurrentTenant tenant) {
        this.identity = identity;
        this.tenant = tenant;
    }

    public boolean isOps() {
        return identity.hasRole(OPS);
    }

    /** The caller's practice, empty for ops and for a token that names none. */
    public Optional<String> practice() {
        return isOps() ? Optional.empty() : tenant.id();
    }

    /** Null for ops (every practice), else the caller's practice; 403 when a non-ops token names none. */
    public String practiceOrAll() {
        return isOps() ? null : tenant.require();
    }
}
