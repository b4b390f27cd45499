package com.rcm.payments.api;

import com.rcm.payments.persistence.ContractRateRepository;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What each payer contracted to allow per code: the yardstick for underpayment flags. */
@Path("/v1/contracts/{payerId}/rates")
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContractRateResource {
    private final ContractRateRepository contractRates;
    private final CurrentTenant tenant;

    public ContractRateResource(ContractRateRepository contractRates, CurrentTenant tenant) {
        this.contractRates = contractRates;
        this.tenant = tenant;
    }

    public record Rate(@NotNull @PositiveOrZero Long allowedCents) {}

    @GET
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(summary = "The contracted allowed cents per procedure code with a payer")
    @APIResponse(responseCode = "200", description = "Code to contracted allowed cents")
    public Map<String, Long> rates(@PathParam("payerId") String payerId) {
        tenant.require();
        return QuarkusTransaction.requiringNew().call(() -> contractRates.ratesOf(payerId));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("practice-admin")
    @Operation(summary = "Set the contracted allowed amount of a code with a payer")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "99213", value = """
            {"allowedCents": 12500}""")))
    @APIResponse(responseCode = "200", description = "The rate as set")
    @APIResponse(
            responseCode = "400",
            description = "Not a five-character code, or a constraint broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Rate set(@PathParam("payerId") String payerId, @PathParam("code") String code, @Valid @NotNull Rate rate) {
        String tenantId = tenant.require();
        if (!code.matches("[0-9A-Z]{5}")) {
            throw ApiProblemException.badRequest("code", "must be a five-character CPT or HCPCS code");
        }
        QuarkusTransaction.requiringNew().run(() -> contractRates.save(tenantId, payerId, code, rate.allowedCents()));
        return rate;
    }
}
