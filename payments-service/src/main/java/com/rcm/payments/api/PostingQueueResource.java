package com.rcm.payments.api;

import com.rcm.payments.api.PostingQueueViews.ExceptionItem;
import com.rcm.payments.api.PostingQueueViews.MatchRequest;
import com.rcm.payments.api.PostingQueueViews.ProviderLedger;
import com.rcm.payments.api.PostingQueueViews.UnderpaidClaim;
import com.rcm.payments.api.PostingQueueViews.UnmatchedItem;
import com.rcm.payments.mapping.PostingQueues;
import com.rcm.payments.service.ManualMatching;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The payment poster's queues: unmatched claim payments (matched here by hand), exceptions, PLB ledger. */
@Path("/v1")
@Tag(name = "Posting queues")
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
public class PostingQueueResource {
    private final PostingQueues queues;
    private final ManualMatching matching;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public PostingQueueResource(
            PostingQueues queues, ManualMatching matching, CurrentTenant tenant, SecurityIdentity identity) {
        this.queues = queues;
        this.matching = matching;
        this.tenant = tenant;
        this.identity = identity;
    }

    @GET
    @Path("/unmatched")
    @Operation(summary = "Claim payments waiting for a poster, oldest first")
    @APIResponse(responseCode = "200", description = "Claim payments no claim took")
    public List<UnmatchedItem> unmatched() {
        tenant.require();
        return QuarkusTransaction.requiringNew().call(queues::unmatched);
    }

    @POST
    @Path("/unmatched/{id}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Post an unmatched claim payment to the claim a poster found for it",
            description = "Posted as if it had matched on arrival (same reversal and duplicate checks, same events). "
                    + "404 for an unknown item or claim, 409 when already resolved, 422 when it cannot be posted.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "match", value = """
            {"claimId": "3f0c9d1e-0a8b-4f5e-9a57-2b1c4d6e8f90"}""")))
    @APIResponse(responseCode = "200", description = "The payment, matched")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such unmatched payment or claim in the caller's practice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Resolved already",
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
            description = "Not matchable, or the claim is not posted; the detail says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnmatchedItem match(@PathParam("id") long id, @Valid @NotNull MatchRequest request) {
        String tenantId = tenant.require();
        return PostingQueues.unmatchedItem(matching.match(
                tenantId, id, request.claimId(), identity.getPrincipal().getName()));
    }

    @GET
    @Path("/underpayments")
    @Operation(summary = "Claim payments short of the contracted amounts by more than the threshold, newest first")
    @APIResponse(responseCode = "200", description = "Postings short of the contracted rate")
    public List<UnderpaidClaim> underpayments() {
        tenant.require();
        return QuarkusTransaction.requiringNew().call(queues::underpayments);
    }

    @GET
    @Path("/exceptions")
    @Operation(summary = "Remittances held unposted because they do not balance, with the exact differences")
    @APIResponse(responseCode = "200", description = "Remittances held because they do not balance")
    public List<ExceptionItem> exceptions() {
        tenant.require();
        return QuarkusTransaction.requiringNew().call(queues::exceptions);
    }

    @GET
    @Path("/provider-adjustments")
    @Operation(
            summary = "The provider ledger: PLB adjustments of payments dated from..to (default last 31 days)",
            description = "A positive amount is money the payer took back (recoupment, WO); a negative one is money "
                    + "it added (interest, L6); totals by reason code.")
    @APIResponse(responseCode = "200", description = "The PLB ledger and totals by reason")
    public ProviderLedger providerAdjustments(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        tenant.require();
        LocalDate until = to == null ? LocalDate.now() : to;
        LocalDate since = from == null ? until.minusDays(31) : from;
        return QuarkusTransaction.requiringNew().call(() -> queues.providerLedger(since, until));
    }
}
