package com.rcm.payments.api;

import com.rcm.payments.mapping.RemittanceViews;
import com.rcm.payments.service.RemittanceIntake;
import com.rcm.payments.service.RemittancePosting;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Tag(name = "Remittances")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RemittanceResource {
    public static final String X12 = "application/edi-x12";

    private final RemittanceIntake intake;
    private final RemittanceViews views;
    private final CurrentTenant tenant;

    public RemittanceResource(RemittanceIntake intake, RemittanceViews views, CurrentTenant tenant) {
        this.intake = intake;
        this.views = views;
        this.tenant = tenant;
    }

    @POST
    @Path("/remittances")
    @Consumes({X12, MediaType.TEXT_PLAIN})
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(
            summary = "Upload an X12 835",
            description = "Posts every payment in the file. A payment already "
                    + "posted (same payer and TRN trace number) is answered as a duplicate and not posted again; a file "
                    + "that only repeats earlier payments is 409.")
    @APIResponse(
            responseCode = "202",
            description = "Each payment in the file, posted or a duplicate",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RemittanceAccepted.class)))
    // Not a problem: the answer a new file would get, each payment marked a duplicate.
    @APIResponse(
            responseCode = "409",
            description = "Every payment was posted before; the body names them",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RemittanceAccepted.class)))
    @APIResponse(
            responseCode = "413",
            description = "Over the payments upload limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The 835 cannot be read or does not balance; errors name each " + "reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = ProblemResponses.TOO_MANY_REQUESTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(String x12) {
        return answer(intake.upload(tenant.require(), x12));
    }

    @POST
    @Path("/clearinghouse/remittances")
    @Consumes({X12, MediaType.TEXT_PLAIN})
    @RolesAllowed("clearinghouse")
    @Operation(
            summary = "835 delivery by the clearinghouse, routed to the practice by payee NPI",
            description = "Posted to the practice that owns the payee NPI in the billing NPI registry. A file whose "
                    + "payee no practice owns (or naming none, or several) is taken all the same: 202 with status "
                    + "QUEUED_FOR_OPS, waiting for the billing company's ops (GET /v1/clearinghouse/unroutable).")
    @APIResponse(
            responseCode = "202",
            description = "Posted (each payment or duplicate), or queued for ops when no "
                    + "single practice owns the payee NPI",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(oneOf = {RemittanceAccepted.class, RemittanceQueued.class})))
    // Not a problem: the answer a new file would get, each payment marked a duplicate.
    @APIResponse(
            responseCode = "409",
            description = "Every payment was posted before; the body names them",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RemittanceAccepted.class)))
    @APIResponse(
            responseCode = "413",
            description = "Over the payments upload limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The 835 cannot be read; errors name each reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deliver(String x12) {
        RemittanceIntake.Delivery delivery = intake.deliver(x12);
        if (delivery instanceof RemittanceIntake.Delivery.QueuedForOps queued) {
            return Response.accepted(new RemittanceQueued(
                            queued.unroutableId(), RemittanceQueued.QUEUED_FOR_OPS, queued.reason()))
                    .build();
        }
        return answer(((RemittanceIntake.Delivery.Posted) delivery).results());
    }

    @GET
    @Path("/remittances/{id}")
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(summary = "A remittance: claims matched, postings, anything unmatched")
    @APIResponse(responseCode = "200", description = "The remittance")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = ProblemResponses.TOO_MANY_REQUESTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RemittanceView get(@PathParam("id") String id) {
        tenant.require();
        return QuarkusTransaction.requiringNew()
                .call(() -> views.find(id))
                .orElseThrow(() -> ApiProblemException.notFound("remittance", id));
    }

    @GET
    @Path("/remittances")
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(summary = "Remittances that paid (or denied, or reversed) a claim")
    @APIResponse(responseCode = "200", description = "Remittances that paid, denied or reversed the claim")
    @APIResponse(
            responseCode = "400",
            description = "No claimId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = ProblemResponses.TOO_MANY_REQUESTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RemittanceView> forClaim(@QueryParam("claimId") String claimId) {
        tenant.require();
        if (claimId == null || claimId.isBlank()) {
            throw ApiProblemException.badRequest("claimId", "query parameter is required");
        }
        return QuarkusTransaction.requiringNew().call(() -> views.forClaim(claimId));
    }

    @GET
    @Path("/deposits")
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(
            summary = "Deposits to reconcile against the bank statement",
            description = "Each payment (BPR/TRN) with a payment date between from and to (default: the last 31 "
                    + "days): amount, method, posted and unposted totals, provider-level adjustments.")
    @APIResponse(responseCode = "200", description = "Each payment with its posted and unposted totals")
    @APIResponse(
            responseCode = "400",
            description = "from is after to, or not a date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = ProblemResponses.TOO_MANY_REQUESTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DepositView> deposits(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        tenant.require();
        LocalDate until = to == null ? LocalDate.now() : to;
        LocalDate since = from == null ? until.minusDays(31) : from;
        if (since.isAfter(until)) {
            throw ApiProblemException.badRequest("from", "must not be after to");
        }
        return QuarkusTransaction.requiringNew().call(() -> views.deposits(since, until));
    }

    @GET
    @Path("/remittances/{id}/x12")
    @Produces(X12)
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(summary = "The 835 exactly as it was received")
    @APIResponse(responseCode = "200", description = "The 835 as received")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = ProblemResponses.TOO_MANY_REQUESTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String x12(@PathParam("id") String id) {
        tenant.require();
        return QuarkusTransaction.requiringNew()
                .call(() -> views.x12(id))
                .orElseThrow(() -> ApiProblemException.notFound("remittance", id));
    }

    static Response answer(List<RemittancePosting.Result> results) {
        List<RemittanceAccepted.Payment> payments = results.stream()
                .map(r -> new RemittanceAccepted.Payment(r.remittanceId(), r.status(), r.duplicate()))
                .toList();
        RemittanceAccepted body = new RemittanceAccepted(payments.get(0).id(), payments);
        boolean allDuplicates = results.stream().allMatch(RemittancePosting.Result::duplicate);
        return Response.status(allDuplicates ? Response.Status.CONFLICT : Response.Status.ACCEPTED)
                .entity(body)
                .build();
    }
}
