package com.rcm.ops.api;

import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Whose data the caller may see: ops every practice's, anyone else their own practice's. */
@RequestScoped
public class Viewer {
    private final SecurityIdentity identity;
    private final CurrentTenant tenant;

    public Viewer(SecurityIdentity identity, CurrentTenant tenant) {
        this.identity = identity;
        this.tenant = tenant;
    }

    public boolean isOps() {
        return identity.hasRole(LifecycleResource.OPS);
    }

    /** Null for ops (every practice), else the caller's practice; 403 when a non-ops token names none. */
    public String practiceOrAll() {
        return isOps() ? null : tenant.require();
    }
}
