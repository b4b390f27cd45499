package com.rcm.ops.api;

import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is signed in, so the screen shows what that user may see and do. */
@Path("/v1/me")
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeResource {
    private final SecurityIdentity identity;
    private final Viewer viewer;

    public MeResource(SecurityIdentity identity, Viewer viewer) {
        this.identity = identity;
        this.viewer = viewer;
    }

    /** {@code tenantId} null and {@code allPractices} true for ops. */
    public record Me(String user, List<String> roles, String tenantId, boolean allPractices) {}

    @GET
    @Operation(summary = "The signed-in user, their roles and their practice (none for ops, who see every practice)")
    @APIResponse(responseCode = "200", description = "Who is signed in, their roles and practice")
    public Me me() {
        String name = identity.getPrincipal().getName();
        Object preferred =
                identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("preferred_username") : null;
        return new Me(
                preferred != null ? preferred.toString() : name,
                identity.getRoles().stream().sorted().toList(),
                viewer.practice().orElse(null),
                viewer.isOps());
    }
}
