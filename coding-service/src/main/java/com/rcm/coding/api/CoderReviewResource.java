package com.rcm.coding.api;

import com.rcm.coding.mapping.EncounterMapper;
import com.rcm.coding.review.CoderReview;
import com.rcm.coding.api.EncounterRequest.ServiceRequest;
import com.rcm.coding.review.CodingCorrection;
import com.rcm.events.payload.ServiceLine;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coder's actions on an encounter in the queue; each is audited with the coder's name. */
@Path("/v1/encounters/{id}")
@Tag(name = "Coder queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "coder"})
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
    @Operation(summary = "Correct diagnoses, procedures, modifiers, units or pointers",
            description = "Replaces the lists given (an absent list is kept) and runs the edits again at once; the "
                    + "encounter stays in the queue until approved.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "specific diagnosis",
            value = ApiExamples.CORRECTION)))
    public EncounterView correct(@PathParam("id") String id, @Valid @NotNull CorrectionRequest correction) {
        tenant.require();
        return EncounterMapper.toView(review.correct(id, correction.toCorrection(), actor()));
    }

    @POST
    @Path("/edits/run")
    @Operation(summary = "Run the edits again (after a code-set or rule import, say)")
    public EncounterView recheck(@PathParam("id") String id) {
        tenant.require();
        return EncounterMapper.toView(review.recheck(id, actor()));
    }

    @POST
    @Path("/approve")
    @Operation(summary = "Approve the coding: CODED, and on to claims",
            description = "Runs the edits first. With none failing, no reason is needed. Edits that allow an "
                    + "override (NCCI, MUE, age, sex, modifier 25) may be approved past with overrideReason; any "
                    + "other failing edit answers 422 naming it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "override",
            value = "{\"overrideReason\": \"Separate problem-oriented visit documented; 25 supported\"}")))
    public EncounterView approve(@PathParam("id") String id, ApproveRequest request) {
        tenant.require();
        return EncounterMapper.toView(review.approve(id, request == null ? null : request.overrideReason(), actor()));
    }

    @POST
    @Path("/void")
    @Operation(summary = "Void the encounter: it will not be billed")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "duplicate",
            value = "{\"reason\": \"Duplicate of EHR-000122, already billed\"}")))
    public EncounterView voidEncounter(@PathParam("id") String id, @Valid @NotNull ReasonRequest request) {
        tenant.require();
        return EncounterMapper.toView(review.voidEncounter(id, request.reason(), actor()));
    }

    @POST
    @Path("/provider-queries")
    @Operation(summary = "Ask the rendering provider; the encounter waits as PENDING_PROVIDER")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "laterality",
            value = "{\"question\": \"Which knee was injected? The note says both.\"}")))
    public ProviderQueryView ask(@PathParam("id") String id, @Valid @NotNull QuestionRequest request) {
        tenant.require();
        return ProviderQueryView.of(review.askProvider(id, request.question(), actor()));
    }

    @POST
    @Path("/provider-queries/{queryId}/answer")
    @RolesAllowed({"practice-admin", "coder", "biller"})
    @Operation(summary = "Record the provider's answer; the encounter returns to the coder queue")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answer",
            value = "{\"answer\": \"Right knee only; the note is amended\"}")))
    public ProviderQueryView answer(@PathParam("id") String id, @PathParam("queryId") String queryId,
            @Valid @NotNull AnswerRequest request) {
        tenant.require();
        return ProviderQueryView.of(review.answerProvider(id, queryId, request.answer(), actor()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    public record CorrectionRequest(@Size(min = 1, max = 99) List<@NotBlank String> diagnoses,
            @Size(min = 1, max = 50) List<@NotNull @Valid ServiceRequest> services) {

        CodingCorrection toCorrection() {
            return new CodingCorrection(diagnoses, services == null ? null : services.stream()
                    .map(s -> new ServiceLine(null, s.code(), s.modifiers(), s.units(),
                            s.diagnosisPointers(), s.chargeCents()))
                    .toList());
        }
    }

    public record ApproveRequest(@Size(max = 500) String overrideReason) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record QuestionRequest(@NotBlank @Size(max = 2000) String question) {
    }

    public record AnswerRequest(@NotBlank @Size(max = 4000) String answer) {
    }
}
