package com.rcm.ops.api;

import com.rcm.ops.messaging.DeadLetterReplay;
import com.rcm.ops.persistence.DeadLetterEntity;
import com.rcm.ops.persistence.DeadLetterRepository;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dead-letter browser: every message a consumer could not process, why, and its replay. */
@Path("/v1/dead-letters")
@Tag(name = "Dead letters")
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
public class DeadLetterResource {
    private final DeadLetterRepository letters;
    private final DeadLetterReplay replay;
    private final Viewer viewer;
    private final SecurityIdentity identity;

    public DeadLetterResource(
            DeadLetterRepository letters, DeadLetterReplay replay, Viewer viewer, SecurityIdentity identity) {
        this.letters = letters;
        this.replay = replay;
        this.viewer = viewer;
        this.identity = identity;
    }

    @GET
    @Operation(
            summary = "Dead letters, newest first (at most limit, default 100)",
            description = "Ops sees every practice's, including those naming no practice (tenantId 'unknown'); a "
                    + "practice sees its own.")
    @APIResponse(responseCode = "200", description = "Dead letters, newest first")
    @APIResponse(
            responseCode = "400",
            description = "limit outside 1-1000",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeadLetterView> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiProblemException.badRequest("limit", "must be 1 to 1000");
        }
        return read(() -> letters.newest(limit).stream()
                .map(l -> DeadLetterView.of(l, letters.replaysOf(l.id)))
                .toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dead letter with its message and every replay")
    @APIResponse(responseCode = "200", description = "The dead letter")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterView get(@PathParam("id") String id) {
        return read(() -> DeadLetterView.of(find(id), letters.replaysOf(id)));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed("ops")
    @Operation(
            summary = "Send the message back to its topic as it first arrived, and record who did",
            description = "For after its cause is fixed. Consumers that processed it already drop it again; the one "
                    + "that failed gets another go. Replaying again is allowed and recorded again.")
    @APIResponse(responseCode = "200", description = "The dead letter, sent back to its topic")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterView replay(@PathParam("id") String id, @Context HttpServerRequest request) {
        DeadLetterEntity letter = read(() -> find(id));
        replay.replay(
                letter,
                identity.getPrincipal().getName(),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
        return read(() -> DeadLetterView.of(find(id), letters.replaysOf(id)));
    }

    private DeadLetterEntity find(String id) {
        return letters.findByIdOptional(id).orElseThrow(() -> ApiProblemException.notFound("dead letter", id));
    }

    /** Ops reads across practices; a practice user reads as their practice (row-level security). */
    private <T> T read(Supplier<T> work) {
        String practice = viewer.practiceOrAll();
        String as = practice == null ? TenantContext.ALL_TENANTS : practice;
        return TenantContext.callAs(as, () -> QuarkusTransaction.requiringNew().call(work::get));
    }
}
