package com.rcm.ops.api;

import com.rcm.ops.service.Receivables;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Insurance and patient A/R aging per practice. */
@Path("/v1/receivables")
@Tag(name = "Receivables")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "ops"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReceivablesResource {
    private final Receivables receivables;
    private final Viewer viewer;

    public ReceivablesResource(Receivables receivables, Viewer viewer) {
        this.receivables = receivables;
        this.viewer = viewer;
    }

    @GET
    @Path("/aging")
    @Operation(
            summary =
                    "Open insurance A/R (per payer) and patient A/R in 0-30, 31-60, 61-90, 91-120 and 120+ day buckets",
            description = "Insurance A/R is every claim sent and not yet decided by its payer, aged from its "
                    + "submission; patient A/R is what patients still owe, aged from the payer's posting. Ops sees "
                    + "every practice; a practice its own.")
    @APIResponse(responseCode = "200", description = "Insurance A/R per payer and patient A/R per day bucket")
    public Receivables.Aging aging() {
        return receivables.aging(viewer.practiceOrAll());
    }
}
