package com.rcm.claims.api;

import com.rcm.claims.persistence.BillingNpiRegistry;
import com.rcm.claims.scrub.Npi;
import com.rcm.claims.setup.PayeeRegistrations;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The billing company's hand on the billing NPI registry (ADR 23): moving an NPI between practices,
 * which no practice can do. The platform's audit log records each call, who made it and its answer.
 */
@Path("/v1/billing-npis")
@Tag(name = "Billing NPIs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ops")
@Transactional
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BillingNpiResource {
    private final PayeeRegistrations payees;
    private final SecurityIdentity identity;

    public BillingNpiResource(PayeeRegistrations payees, SecurityIdentity identity) {
        this.payees = payees;
        this.identity = identity;
    }

    @PUT
    @Path("/{npi}")
    @Operation(
            summary = "Give a billing (payee) NPI to a practice (billing company only)",
            description = "The NPI belongs to the practice from now on, whoever held it; payments routes the payers' "
                    + "835s for it there once it has read the change.")
    @APIResponse(responseCode = "200", description = "The NPI's owner now")
    @APIResponse(
            responseCode = "400",
            description = "An NPI that fails its check digit, or a constraint broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BillingNpiOwner move(@PathParam("npi") String npi, @Valid @NotNull MoveRequest request) {
        if (!Npi.valid(npi)) {
            throw ApiProblemException.badRequest("npi", npi + " is not an NPI: 10 digits with a valid check digit");
        }
        BillingNpiRegistry.Owner owner =
                payees.move(npi, request.tenantId(), identity.getPrincipal().getName());
        return new BillingNpiOwner(npi, owner.tenantId(), owner.version());
    }

    public record MoveRequest(
            @NotNull @Pattern(regexp = CurrentTenant.PRACTICE_ID_SYNTAX, message = "must be a practice id")
            String tenantId) {}

    public record BillingNpiOwner(String npi, String tenantId, long version) {}
}
