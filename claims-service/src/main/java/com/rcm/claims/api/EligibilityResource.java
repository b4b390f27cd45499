package com.rcm.claims.api;

import com.rcm.claims.persistence.EligibilityCheckEntity;
import com.rcm.claims.persistence.EligibilityCheckRepository;
import com.rcm.claims.service.EligibilityChecks;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Eligibility before the visit: one patient now, or tomorrow's whole schedule. */
@Path("/v1/eligibility")
@Tag(name = "Eligibility")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EligibilityResource {
    private final EligibilityChecks eligibility;
    private final EligibilityCheckRepository checks;
    private final CurrentTenant tenant;

    public EligibilityResource(EligibilityChecks eligibility, EligibilityCheckRepository checks, CurrentTenant tenant) {
        this.eligibility = eligibility;
        this.checks = checks;
        this.tenant = tenant;
    }

    /** The practice's patient, the payer and member id, and the date of the visit. */
    public record CheckRequest(
            @NotBlank @Size(max = 64) String patientId,
            @NotBlank @Size(max = 35) String firstName,
            @NotBlank @Size(max = 60) String lastName,
            LocalDate dateOfBirth,
            @NotBlank @Size(max = 80) String payerId,
            @NotBlank @Size(max = 80) String memberId,
            @NotNull LocalDate dateOfService) {

        EligibilityChecks.Request toRequest() {
            return new EligibilityChecks.Request(
                    patientId, firstName, lastName, dateOfBirth, payerId, memberId, dateOfService);
        }
    }

    public record BatchRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull CheckRequest> checks) {}

    /** One answer of a batch: the answer, or why there is none. */
    public record BatchItem(String patientId, EligibilityView eligibility, String error) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask the payer whether the patient is covered on the date of service (270/271)",
            description = "201 with the answer: ACTIVE, INACTIVE or MEMBER_NOT_FOUND, plan, copay, coinsurance, "
                    + "deductible and what remains, in or out of network. 502 when the clearinghouse does not answer.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tomorrow's visit", value = """
            {"patientId": "P-77", "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1980-04-01",
             "payerId": "SIMCOMM", "memberId": "M123456", "dateOfService": "2026-12-03"}""")))
    @APIResponse(
            responseCode = "201",
            description = "The 271 answer, kept",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "No billing provider set up",
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
            responseCode = "502",
            description = ProblemResponses.BAD_GATEWAY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(@Valid @NotNull CheckRequest request) {
        EligibilityCheckEntity check = eligibility.check(tenant.require(), request.toRequest());
        return Response.status(Response.Status.CREATED)
                .entity(EligibilityView.of(check))
                .build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check a whole schedule (up to 500 patients), one 270 each",
            description = "Answers one item per patient in order; an item the clearinghouse could not answer names "
                    + "the error and the rest still go.")
    @APIResponse(responseCode = "200", description = "Per patient, the answer or the error")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<BatchItem> batch(@Valid @NotNull BatchRequest request) {
        String tenantId = tenant.require();
        List<BatchItem> answers = new ArrayList<>();
        for (CheckRequest check : request.checks()) {
            try {
                answers.add(new BatchItem(
                        check.patientId(), EligibilityView.of(eligibility.check(tenantId, check.toRequest())), null));
            } catch (ApiProblemException e) {
                answers.add(new BatchItem(check.patientId(), null, e.getMessage()));
            }
        }
        return answers;
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "An eligibility answer")
    @APIResponse(responseCode = "200", description = "The kept answer")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityView get(@PathParam("id") String id) {
        return EligibilityView.of(find(id));
    }

    @GET
    @Path("/{id}/x12")
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    @Operation(summary = "The 271 exactly as the payer answered")
    @APIResponse(responseCode = "200", description = "The 271 as received")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String x12(@PathParam("id") String id) {
        return find(id).responseX12;
    }

    private EligibilityCheckEntity find(String id) {
        tenant.require();
        return checks.findByIdOptional(id).orElseThrow(() -> ApiProblemException.notFound("eligibility check", id));
    }
}
