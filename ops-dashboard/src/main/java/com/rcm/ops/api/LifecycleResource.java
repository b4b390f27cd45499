package com.rcm.ops.api;

import com.rcm.ops.persistence.LifecycleStore;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.tenant.CurrentTenant;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/encounters")
@Tag(name = "Lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder", "ops"})
public class LifecycleResource {
    private final LifecycleStore lifecycle;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public LifecycleResource(LifecycleStore lifecycle, CurrentTenant tenant, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.tenant = tenant;
        this.identity = identity;
    }

    @GET
    @Path("/{id}/lifecycle")
    @Operation(summary = "Where an encounter stands, with the time it reached each stage",
            description = "A practice sees its own encounters; ops sees every practice's.")
    public LifecycleView lifecycle(@PathParam("id") String id) {
        String readAs = identity.hasRole("ops") ? TenantContext.ALL_TENANTS : tenant.require();
        Optional<LifecycleStore.Lifecycle> found = TenantContext.callAs(readAs,
                () -> QuarkusTransaction.requiringNew().call(() -> lifecycle.find(id)));
        LifecycleStore.Lifecycle l = found.orElseThrow(() -> ApiProblemException.notFound("encounter", id));
        return new LifecycleView(l.encounterId(), l.tenantId(), l.stage(),
                l.history().stream().map(s -> new LifecycleView.Step(s.stage(), s.at())).toList());
    }
}
