package com.rcm.platform.audit;

import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every service's audit log, for ops. */
@Path("/v1/audit-log")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ops")
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditLogResource {
    private final AuditLog audit;

    public AuditLogResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(
            summary = "Calls to this service's API, newest first: who, practice, method and path, answer, when, "
                    + "from where",
            description = "Filters: actor (user or client), tenantId ('-' for none), path (a part "
                    + "of it, e.g. a patient id), since (ISO-8601, default a day ago), limit (1-1000, default 100).")
    @APIResponse(responseCode = "200", description = "The calls, newest first")
    @APIResponse(
            responseCode = "400",
            description = "since not a date-time with offset, or limit outside 1-1000",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditLog.Entry> search(
            @QueryParam("actor") String actor,
            @QueryParam("tenantId") String tenantId,
            @QueryParam("path") String path,
            @QueryParam("since") String since,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiProblemException.badRequest("limit", "must be 1 to 1000");
        }
        OffsetDateTime from;
        try {
            from = since == null ? OffsetDateTime.now().minusDays(1) : OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw ApiProblemException.badRequest("since", "must be an ISO-8601 date-time with offset");
        }
        return audit.search(actor, tenantId, path, from, limit);
    }
}
