package com.rcm.ops.api;

import com.rcm.ops.persistence.LifecycleRepository;
import com.rcm.ops.persistence.RejectionRepository;
import com.rcm.ops.persistence.RemittanceRepository;
import com.rcm.ops.persistence.StageHistoryRepository;
import com.rcm.ops.service.Denials;
import com.rcm.ops.service.PipelineQueries;
import com.rcm.ops.service.Rejections;
import com.rcm.ops.service.RemittanceQuality;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pipeline per practice: stage counts, stages reached per day, stuck encounters, denials, rejections
 * and how each payer's 835s keep to the guide.
 */
@Path("/v1")
@Tag(name = "Pipeline")
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
public class PipelineResource {
    private final PipelineQueries queries;
    private final Denials denials;
    private final RemittanceQuality remittanceQuality;
    private final Rejections rejections;
    private final Viewer viewer;

    public PipelineResource(
            PipelineQueries queries,
            Denials denials,
            Rejections rejections,
            RemittanceQuality remittanceQuality,
            Viewer viewer) {
        this.queries = queries;
        this.denials = denials;
        this.rejections = rejections;
        this.remittanceQuality = remittanceQuality;
        this.viewer = viewer;
    }

    @GET
    @Path("/pipeline")
    @Operation(
            summary = "Encounters standing at each stage now, per practice",
            description = "Ops sees every practice; a practice user their own.")
    @APIResponse(responseCode = "200", description = "Encounters per stage now, per practice")
    public List<LifecycleRepository.StageCount> pipeline() {
        return queries.current(scope());
    }

    @GET
    @Path("/pipeline/daily")
    @Operation(summary = "Encounters reaching each stage per day (UTC), over the last days (1-90, default 14)")
    @APIResponse(responseCode = "200", description = "Encounters reaching each stage per day")
    @APIResponse(
            responseCode = "400",
            description = "days outside 1-90",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StageHistoryRepository.DailyCount> daily(@QueryParam("days") @DefaultValue("14") int days) {
        if (days < 1 || days > 90) {
            throw ApiProblemException.badRequest("days", "must be 1 to 90");
        }
        return queries.daily(scope(), days);
    }

    @GET
    @Path("/stuck-encounters")
    @Operation(
            summary = "Encounters that made no progress for longer than their stage allows, oldest first",
            description = "Limits per stage are ops.stuck-after.<STAGE> (README); PATIENT_BILLED, SETTLED and VOIDED "
                    + "are never stuck. Each encounter's timeline is at /v1/encounters/{id}/lifecycle.")
    @APIResponse(responseCode = "200", description = "Encounters past their stage's limit, oldest first")
    public List<PipelineQueries.Stuck> stuck() {
        return queries.stuck(scope(), OffsetDateTime.now());
    }

    @GET
    @Path("/denials/summary")
    @Operation(
            summary = "Denials of the last days (1-365, default 90) by main reason (group-CARC) and by payer",
            description = "Claims denied and the charge they carried, per practice.")
    @APIResponse(responseCode = "200", description = "Denials by group-CARC and by payer")
    @APIResponse(
            responseCode = "400",
            description = "days outside 1-365",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Denials.Summary denials(@QueryParam("days") @DefaultValue("90") int days) {
        if (days < 1 || days > 365) {
            throw ApiProblemException.badRequest("days", "must be 1 to 365");
        }
        return denials.summary(scope(), days);
    }

    @GET
    @Path("/remittances/warnings")
    @Operation(
            summary = "835 payments of the last days (1-365, default 90) per payer, and how many strayed from "
                    + "the implementation guide",
            description = "Per practice and payer: payments received, payments whose "
                    + "file carried guide warnings (posted all the same), and the warnings in all; most warned first.")
    @APIResponse(responseCode = "200", description = "835 payments per payer and how many carried warnings")
    @APIResponse(
            responseCode = "400",
            description = "days out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RemittanceRepository.PayerFiles> remittanceWarnings(@QueryParam("days") @DefaultValue("90") int days) {
        if (days < 1 || days > 365) {
            throw ApiProblemException.badRequest("days", "must be 1 to 365");
        }
        return remittanceQuality.byPayer(scope(), days);
    }

    @GET
    @Path("/rejections")
    @Operation(
            summary = "Claims the clearinghouse rejected (999 or 277CA) in the last days (1-365, default 30), newest "
                    + "first, at most limit (default 200)",
            description = "Each with the reasons the clearinghouse gave.")
    @APIResponse(responseCode = "200", description = "Clearinghouse rejections, newest first")
    @APIResponse(
            responseCode = "400",
            description = "days or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RejectionRepository.Rejection> rejections(
            @QueryParam("days") @DefaultValue("30") int days, @QueryParam("limit") @DefaultValue("200") int limit) {
        if (days < 1 || days > 365) {
            throw ApiProblemException.badRequest("days", "must be 1 to 365");
        }
        if (limit < 1 || limit > 1000) {
            throw ApiProblemException.badRequest("limit", "must be 1 to 1000");
        }
        return rejections.recent(scope(), days, limit);
    }

    private String scope() {
        return viewer.practiceOrAll();
    }
}
