package com.rcm.coding.api;

import com.rcm.coding.api.EncounterRequest.ServiceRequest;
import com.rcm.coding.mapping.EncounterMapper;
import com.rcm.coding.review.CoderReview;
import com.rcm.coding.review.CodingCorrection;
import com.rcm.events.payload.ServiceLine;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coder's actions on an encounter in the queue; each is audited with the coder's name. */
@Path("/v1/encounters/{id}")
@Tag(name = "Coder queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "coder"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CoderReviewResource {
    private final CoderReview review;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public CoderReviewResource(CoderReview review, CurrentTenant tenant, SecurityIdentity identity) {
        this.review = review;
        this.tenant = tenant;
        this.identity = identity;
    }

    @PUT
    @Path("/codes")
    @Operation(
            summary = "Correct diagnoses, procedures, modifiers, units or pointers",
            description = "Replaces the lists given (an absent list is kept) and runs the edits again at once; the "
                    + "encounter stays in the queue until approved.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "specific diagnosis", value = ApiExamples.CORRECTION)))
    @APIResponse(responseCode = "200", description = "The encounter after the edits ran again")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not in the coder queue (NEEDS_REVIEW)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EncounterView correct(@PathParam("id") String id, @Valid @NotNull CorrectionRequest correction) {
        tenant.require();
        return EncounterMapper.toView(review.correct(id, correction.toCorrection(), actor()));
    }

    @POST
    @Path("/edits/run")
    @Operation(summary = "Run the edits again (after a code-set or rule import, say)")
    @APIResponse(responseCode = "200", description = "The encounter after the edits ran again")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not in the coder queue (NEEDS_REVIEW)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EncounterView recheck(@PathParam("id") String id) {
        tenant.require();
        return EncounterMapper.toView(review.recheck(id, actor()));
    }

    @POST
    @Path("/approve")
    @Operation(
            summary = "Approve the coding: CODED, and on to claims",
            description = "Runs the edits first. With none failing, no reason is needed. Edits that allow an "
                    + "override (NCCI, MUE, age, sex, modifier 25) may be approved past with overrideReason; any "
                    + "other failing edit answers 422 naming it.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "override",
                                            value =
                                                    "{\"overrideReason\": \"Separate problem-oriented visit documented; 25 supported\"}")))
    @APIResponse(responseCode = "200", description = "The encounter, CODED")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not in the coder queue (NEEDS_REVIEW)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Edits still failing, each named " + "(a reason passes overridable ones)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EncounterView approve(@PathParam("id") String id, ApproveRequest request) {
        tenant.require();
        return EncounterMapper.toView(review.approve(id, request == null ? null : request.overrideReason(), actor()));
    }

    @POST
    @Path("/void")
    @Operation(summary = "Void the encounter: it will not be billed")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "duplicate",
                                            value = "{\"reason\": \"Duplicate of EHR-000122, already billed\"}")))
    @APIResponse(responseCode = "200", description = "The encounter, VOIDED")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Neither in the coder queue nor waiting for the provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EncounterView voidEncounter(@PathParam("id") String id, @Valid @NotNull ReasonRequest request) {
        tenant.require();
        return EncounterMapper.toView(review.voidEncounter(id, request.reason(), actor()));
    }

    @POST
    @Path("/provider-queries")
    @Operation(summary = "Ask the rendering provider; the encounter waits as PENDING_PROVIDER")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "laterality",
                                            value =
                                                    "{\"question\": \"Which knee was injected? The note says both.\"}")))
    @APIResponse(responseCode = "200", description = "The question; the encounter waits as PENDING_PROVIDER")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not in the coder queue (NEEDS_REVIEW)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProviderQueryView ask(@PathParam("id") String id, @Valid @NotNull QuestionRequest request) {
        tenant.require();
        return ProviderQueryView.of(review.askProvider(id, request.question(), actor()));
    }

    @POST
    @Path("/provider-queries/{queryId}/answer")
    @RolesAllowed({"practice-admin", "coder", "biller"})
    @Operation(summary = "Record the provider's answer; the encounter returns to the coder queue")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "answer",
                                            value = "{\"answer\": \"Right knee only; the note is amended\"}")))
    @APIResponse(responseCode = "200", description = "The answered question; the encounter is back in the coder queue")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such encounter or question in the caller's practice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not waiting for the provider, or answered already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProviderQueryView answer(
            @PathParam("id") String id, @PathParam("queryId") String queryId, @Valid @NotNull AnswerRequest request) {
        tenant.require();
        return ProviderQueryView.of(review.answerProvider(id, queryId, request.answer(), actor()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    public record CorrectionRequest(
            @Size(min = 1, max = 99) List<@NotBlank String> diagnoses,
            @Size(min = 1, max = 50) List<@NotNull @Valid ServiceRequest> services) {

        CodingCorrection toCorrection() {
            return new CodingCorrection(
                    diagnoses,
                    services == null
                            ? null
                            : services.stream()
                                    .map(s -> new ServiceLine(
                                            null,
                                            s.code(),
                                            s.modifiers(),
                                            s.units(),
                                            s.diagnosisPointers(),
                                            s.chargeCents()))
                                    .toList());
        }
    }

    public record ApproveRequest(@Size(max = 500) String overrideReason) {}

    public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

    public record QuestionRequest(
            @NotBlank @Size(max = 2000) String question) {}

    public record AnswerRequest(@NotBlank @Size(max = 4000) String answer) {}
}
