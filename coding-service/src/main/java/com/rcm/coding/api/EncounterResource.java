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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/encounters")
@Tag(name = "Encounters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder", "ehr-partner"})
public class EncounterResource {
    private final EncounterIntake intake;
    private final EncounterRepository encounters;
    private final ProviderQueryRepository queries;
    private final CodingAuditRepository audit;
    private final FhirBundleMapper fhir;
    private final EncounterValidation validation;
    private final CurrentTenant tenant;

    public EncounterResource(EncounterIntake intake, EncounterRepository encounters, ProviderQueryRepository queries,
            CodingAuditRepository audit, FhirBundleMapper fhir, EncounterValidation validation, CurrentTenant tenant) {
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
    @Operation(summary = "Submit an encounter", description = "Idempotent per Idempotency-Key: the same key and body "
            + "answer the same encounter; the same key with another body is 409. The encounter is coded "
            + "asynchronously: CODED when every edit passes, else NEEDS_REVIEW in the coder queue. One payer is "
            + "coverage; several are coverages, each with its order (1 primary, 2 secondary, 3 tertiary), never both.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "office visit", value = ApiExamples.ENCOUNTER),
        @ExampleObject(name = "two payers", value = ApiExamples.ENCOUNTER_TWO_PAYERS)}))
    public Response submit(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull EncounterRequest request) {
        EncounterEntity encounter = intake.submit(tenant.require(), idempotencyKey, EncounterMapper.toSubmission(request));
        return Response.accepted(new EncounterAccepted(encounter.id, encounter.status.name())).build();
    }

    @POST
    @Consumes(FhirBundleMapper.MEDIA_TYPE)
    @Operation(summary = "Submit an encounter as a FHIR R4 Bundle", description = "A Bundle of Encounter, Patient, "
            + "Coverage, Condition and Claim (and optionally the rendering Practitioner). Several Coverages are the "
            + "payers in Coverage.order, else in bundle order. It is read into the same "
            + "body as the JSON intake; the same checks, Idempotency-Key rules and edits apply.")
    @RequestBody(content = @Content(mediaType = FhirBundleMapper.MEDIA_TYPE, examples = @ExampleObject(
            name = "office visit", value = ApiExamples.FHIR_BUNDLE)))
    public Response submitFhir(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, String bundle) {
        String tenantId = tenant.require();
        EncounterRequest request = fhir.toRequest(bundle);
        validation.require(request);
        EncounterEntity encounter = intake.submit(tenantId, idempotencyKey, EncounterMapper.toSubmission(request));
        return Response.accepted(new EncounterAccepted(encounter.id, encounter.status.name())).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "An encounter with its codes, edits found and coding status")
    public EncounterView get(@PathParam("id") String id) {
        return EncounterMapper.toView(find(id));
    }

    @GET
    @Path("/{id}/audit")
    @Transactional
    @RolesAllowed({"practice-admin", "coder", "biller"})
    @Operation(summary = "Every change to the encounter's coding: who, when, what, before and after")
    public List<AuditEntryView> audit(@PathParam("id") String id) {
        find(id);
        return audit.forEncounter(id).stream().map(AuditEntryView::of).toList();
    }

    @GET
    @Path("/{id}/provider-queries")
    @Transactional
    @RolesAllowed({"practice-admin", "coder", "biller"})
    @Operation(summary = "The questions sent to the rendering provider about this encounter, with their answers")
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
