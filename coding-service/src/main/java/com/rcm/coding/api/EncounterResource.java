package com.rcm.coding.api;

import com.rcm.coding.mapping.EncounterMapper;
import com.rcm.coding.mapping.FhirBundleMapper;
import com.rcm.coding.persistence.CodingAuditRepository;
import com.rcm.coding.persistence.EncounterEntity;
import com.rcm.coding.persistence.EncounterRepository;
import com.rcm.coding.persistence.ProviderQueryRepository;
import com.rcm.coding.service.EncounterIntake;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.IdempotencyKeys;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/encounters")
@Tag(name = "Encounters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder", "ehr-partner"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EncounterResource {
    private final EncounterIntake intake;
    private final EncounterRepository encounters;
    private final ProviderQueryRepository queries;
    private final CodingAuditRepository audit;
    private final FhirBundleMapper fhir;
    private final EncounterValidation validation;
    private final CurrentTenant tenant;

    public EncounterResource(
            EncounterIntake intake,
            EncounterRepository encounters,
            ProviderQueryRepository queries,
            CodingAuditRepository audit,
            FhirBundleMapper fhir,
            EncounterValidation validation,
            CurrentTenant tenant) {
        this.intake = intake;
        this.encounters = encounters;
        this.queries = queries;
        this.audit = audit;
        this.fhir = fhir;
        this.validation = validation;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit an encounter",
            description =
                    "Idempotent per Idempotency-Key: the same key and body "
                            + "answer the same encounter; the same key with another body is 409. The encounter is coded "
                            + "asynchronously: CODED when every edit passes, else NEEDS_REVIEW in the coder queue. One payer is "
                            + "coverage; several are coverages, each with its order (1 primary, 2 secondary, 3 tertiary), never both.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "office visit", value = ApiExamples.ENCOUNTER),
                                @ExampleObject(name = "two payers", value = ApiExamples.ENCOUNTER_TWO_PAYERS)
                            }))
    @APIResponse(
            responseCode = "202",
            description = "Taken and stored RECEIVED; coding runs asynchronously",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EncounterAccepted.class)))
    @APIResponse(
            responseCode = "400",
            description = "A constraint broken, bad JSON, or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = ProblemResponses.IDEMPOTENCY_CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @NotNull EncounterRequest request) {
        EncounterEntity encounter =
                intake.submit(tenant.require(), idempotencyKey, EncounterMapper.toSubmission(request));
        return Response.accepted(new EncounterAccepted(encounter.id, encounter.status.name()))
                .build();
    }

    @POST
    @Consumes(FhirBundleMapper.MEDIA_TYPE)
    @Operation(
            summary = "Submit an encounter as a FHIR R4 Bundle",
            description = "A Bundle of Encounter, Patient, "
                    + "Coverage, Condition and Claim (and optionally the rendering Practitioner). Several Coverages are the "
                    + "payers in Coverage.order, else in bundle order. It is read into the same "
                    + "body as the JSON intake; the same checks, Idempotency-Key rules and edits apply.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = FhirBundleMapper.MEDIA_TYPE,
                            examples = @ExampleObject(name = "office visit", value = ApiExamples.FHIR_BUNDLE)))
    @APIResponse(
            responseCode = "202",
            description = "Taken and stored RECEIVED; coding runs asynchronously",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EncounterAccepted.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a FHIR R4 Bundle, a constraint broken, or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = ProblemResponses.IDEMPOTENCY_CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitFhir(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, String bundle) {
        String tenantId = tenant.require();
        EncounterRequest request = fhir.toRequest(bundle);
        validation.require(request);
        EncounterEntity encounter = intake.submit(tenantId, idempotencyKey, EncounterMapper.toSubmission(request));
        return Response.accepted(new EncounterAccepted(encounter.id, encounter.status.name()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "An encounter with its codes, edits found and coding status")
    @APIResponse(responseCode = "200", description = "The encounter")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EncounterView get(@PathParam("id") String id) {
        return EncounterMapper.toView(find(id));
    }

    @GET
    @Path("/{id}/audit")
    @Transactional
    @RolesAllowed({"practice-admin", "coder", "biller"})
    @Operation(summary = "Every change to the encounter's coding: who, when, what, before and after")
    @APIResponse(responseCode = "200", description = "Every change to its coding, oldest first")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditEntryView> audit(@PathParam("id") String id) {
        find(id);
        return audit.forEncounter(id).stream().map(AuditEntryView::of).toList();
    }

    @GET
    @Path("/{id}/provider-queries")
    @Transactional
    @RolesAllowed({"practice-admin", "coder", "biller"})
    @Operation(summary = "The questions sent to the rendering provider about this encounter, with their answers")
    @APIResponse(responseCode = "200", description = "The questions and their answers")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ProviderQueryView> providerQueries(@PathParam("id") String id) {
        find(id);
        return queries.forEncounter(id).stream().map(ProviderQueryView::of).toList();
    }

    private EncounterEntity find(String id) {
        tenant.require();
        EncounterEntity encounter = encounters.findById(id);
        if (encounter == null) {
            throw ApiProblemException.notFound("encounter", id);
        }
        return encounter;
    }
}
