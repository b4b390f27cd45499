package com.rcm.ops.api;

import com.rcm.ops.service.Receivables;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Insurance and patient A/R aging per practice. */
@Path("/v1/receivables")
@Tag(name = "Receivables")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "ops"})
public class ReceivablesResource {
    private final Receivables receivables;
    private final Viewer viewer;

    public ReceivablesResource(Receivables receivables, Viewer viewer) {
        this.receivables = receivables;
        this.viewer = viewer;
    }

    @GET
    @Path("/aging")
    @Operation(summary = "Open insurance A/R (per payer) and patient A/R in 0-30, 31-60, 61-90, 91-120 and 120+ day buckets",
            description = "Insurance A/R is every claim sent and not yet decided by its payer, aged from its "
                    + "submission; patient A/R is what patients still owe, aged from the payer's posting. Ops sees "
                    + "every practice; a practice its own.")
    public Receivables.Aging aging() {
        return receivables.aging(viewer.practiceOrAll());
    }
}
