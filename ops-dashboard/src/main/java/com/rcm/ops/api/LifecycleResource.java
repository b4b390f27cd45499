package com.rcm.ops.api;

import com.rcm.ops.mapping.LifecycleMapper;
import com.rcm.ops.service.LifecycleQueries;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/encounters")
@Tag(name = "Lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder", "ops"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LifecycleResource {
    private final LifecycleQueries queries;
    private final Viewer viewer;

    public LifecycleResource(LifecycleQueries queries, Viewer viewer) {
        this.queries = queries;
        this.viewer = viewer;
    }

    @GET
    @Path("/{id}/lifecycle")
    @Operation(
            summary = "Where an encounter stands, with the time it reached each stage",
            description =
                    "A practice sees its own encounters (another practice's id is 404); ops sees every practice's.")
    @APIResponse(responseCode = "200", description = "The encounter's stage and history")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LifecycleView lifecycle(@PathParam("id") String id) {
        String practice = viewer.practiceOrAll();
        Optional<LifecycleQueries.Lifecycle> found =
                practice == null ? queries.acrossPractices(id) : queries.ofPractice(practice, id);
        return LifecycleMapper.toView(found.orElseThrow(() -> ApiProblemException.notFound("encounter", id)));
    }
}
