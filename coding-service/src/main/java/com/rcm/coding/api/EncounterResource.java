package com.rcm.coding.api;

import com.rcm.coding.mapping.EncounterMapper;
import com.rcm.coding.persistence.EncounterEntity;
import com.rcm.coding.persistence.EncounterRepository;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/encounters")
@Tag(name = "Encounters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder", "ehr-partner"})
public class EncounterResource {
    private final EncounterIntake intake;
    private final EncounterRepository encounters;
    private final CurrentTenant tenant;

    public EncounterResource(EncounterIntake intake, EncounterRepository encounters, CurrentTenant tenant) {
        this.intake = intake;
        this.encounters = encounters;
        this.tenant = tenant;
    }

    @POST
    @Operation(summary = "Submit an encounter", description = "Idempotent per Idempotency-Key: the same key and body "
            + "answer the same encounter; the same key with another body is 409.")
    public Response submit(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull EncounterRequest request) {
        EncounterEntity encounter = intake.submit(tenant.require(), idempotencyKey, EncounterMapper.toSubmission(request));
        return Response.accepted(new EncounterAccepted(encounter.id, encounter.status.name())).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "An encounter with its codes, edits found and coding status")
    public EncounterView get(@PathParam("id") String id) {
        tenant.require();
        EncounterEntity encounter = encounters.findById(id);
        if (encounter == null) {
            throw ApiProblemException.notFound("encounter", id);
        }
        return EncounterMapper.toView(encounter);
    }
}
