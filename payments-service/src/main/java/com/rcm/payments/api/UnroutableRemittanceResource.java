package com.rcm.payments.api;

import com.rcm.payments.persistence.UnroutableRemittances;
import com.rcm.payments.service.RemittanceIntake;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The billing company's exceptions queue of clearinghouse 835s no practice owns the payee of (ADR 23).
 * They belong to no practice yet, so only ops sees them; once ops has given the NPI to a practice
 * (claims-service {@code PUT /v1/billing-npis/{npi}}) and payments has read it, routing one posts it there.
 */
@Path("/v1/clearinghouse/unroutable")
@Tag(name = "Remittances")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ops")
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UnroutableRemittanceResource {
    private final UnroutableRemittances queue;
    private final RemittanceIntake intake;

    public UnroutableRemittanceResource(UnroutableRemittances queue, RemittanceIntake intake) {
        this.queue = queue;
        this.intake = intake;
    }

    @GET
    @Operation(
            summary = "Clearinghouse 835s waiting for ops: no practice owns their payee NPI",
            description = "Oldest first, without the file's text: id, payee NPI(s), why it was not routed, channel, "
                    + "when it arrived. limit: 1-500, default 100.")
    @APIResponse(responseCode = "200", description = "Queued 835s, oldest first")
    @APIResponse(
            responseCode = "400",
            description = "limit outside 1-500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UnroutableRemittances.Item> waiting(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 500) {
            throw ApiProblemException.badRequest("limit", "must be 1 to 500");
        }
        return QuarkusTransaction.requiringNew().call(() -> queue.waiting(limit));
    }

    @POST
    @Path("/{id}/route")
    @Operation(
            summary = "Post a queued 835 to the practice that now owns its payee NPI",
            description = "409 while no single practice owns it; answered like a delivery when posted.")
    @APIResponse(
            responseCode = "202",
            description = "Posted to the practice that now owns the payee NPI",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RemittanceAccepted.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such queued 835",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Still unroutable or routed meanwhile (a problem), or every "
                    + "payment in it was posted before (the delivery answer, each a duplicate)",
            content = {
                @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RemittanceAccepted.class))
            })
    public Response route(@PathParam("id") String id) {
        return RemittanceResource.answer(intake.routeQueued(id).results());
    }
}
