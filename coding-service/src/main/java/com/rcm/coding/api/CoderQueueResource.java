package com.rcm.coding.api;

import com.rcm.coding.domain.EncounterStatus;
import com.rcm.coding.edits.EditRule;
import com.rcm.coding.mapping.EncounterMapper;
import com.rcm.coding.persistence.EncounterRepository;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/coding-queue")
@Tag(name = "Coder queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "coder", "biller"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CoderQueueResource {
    private final EncounterRepository encounters;
    private final CurrentTenant tenant;

    public CoderQueueResource(EncounterRepository encounters, CurrentTenant tenant) {
        this.encounters = encounters;
        this.tenant = tenant;
    }

    @GET
    @Transactional
    @Operation(
            summary = "The practice's coder queue, oldest first",
            description =
                    "status NEEDS_REVIEW (default) "
                            + "or PENDING_PROVIDER; editId keeps only encounters failing that edit (see /v1/coding-queue/edits).")
    @APIResponse(responseCode = "200", description = "The queue, oldest first")
    @APIResponse(
            responseCode = "400",
            description = "An unknown status or edit, or a limit outside 1-500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EncounterView> queue(
            @QueryParam("status") @DefaultValue("NEEDS_REVIEW") String status,
            @QueryParam("editId") String editId,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        EncounterStatus queueStatus = switch (status) {
            case "NEEDS_REVIEW" -> EncounterStatus.NEEDS_REVIEW;
            case "PENDING_PROVIDER" -> EncounterStatus.PENDING_PROVIDER;
            default -> throw ApiProblemException.badRequest("status", "must be NEEDS_REVIEW or PENDING_PROVIDER");
        };
        if (editId != null
                && Arrays.stream(EditRule.values()).noneMatch(r -> r.name().equals(editId))) {
            throw ApiProblemException.badRequest("editId", "unknown edit; GET /v1/coding-queue/edits lists them");
        }
        if (limit < 1 || limit > 500) {
            throw ApiProblemException.badRequest("limit", "must be between 1 and 500");
        }
        return encounters.queue(tenant.require(), queueStatus, editId, limit).stream()
                .map(EncounterMapper::toView)
                .toList();
    }

    @GET
    @Path("/edits")
    @Operation(summary = "Every coding edit: its stable id, whether a coder may override it, and what it checks")
    @APIResponse(responseCode = "200", description = "Every edit the coder queue can show")
    public List<EditRuleView> edits() {
        return Arrays.stream(EditRule.values())
                .map(r -> new EditRuleView(r.name(), r.overridable(), r.summary()))
                .toList();
    }

    public record EditRuleView(String editId, boolean overridable, String summary) {}
}
