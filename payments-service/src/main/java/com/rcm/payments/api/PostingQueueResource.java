package com.rcm.payments.api;

import static com.rcm.payments.mapping.SqlValues.cents;
import static com.rcm.payments.mapping.SqlValues.time;

import com.rcm.payments.api.PostingQueueViews.ExceptionItem;
import com.rcm.payments.api.PostingQueueViews.MatchRequest;
import com.rcm.payments.api.PostingQueueViews.ProviderAdjustmentItem;
import com.rcm.payments.api.PostingQueueViews.ProviderLedger;
import com.rcm.payments.api.PostingQueueViews.UnderpaidClaim;
import com.rcm.payments.api.PostingQueueViews.UnmatchedItem;
import com.rcm.payments.persistence.ExpectedClaims;
import com.rcm.payments.persistence.RemittanceStore;
import com.rcm.payments.service.RemittancePosting;
import com.rcm.platform.api.ApiProblemException;
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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
@APIResponse(responseCode = "403", description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PostingQueueResource {
    private final RemittanceStore store;
    private final ExpectedClaims expectedClaims;
    private final RemittancePosting posting;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public PostingQueueResource(RemittanceStore store, ExpectedClaims expectedClaims, RemittancePosting posting,
            CurrentTenant tenant, SecurityIdentity identity) {
        this.store = store;
        this.expectedClaims = expectedClaims;
        this.posting = posting;
        this.tenant = tenant;
        this.identity = identity;
    }

    @GET
    @Path("/unmatched")
    @Operation(summary = "Claim payments waiting for a poster, oldest first")
    @APIResponse(responseCode = "200", description = "Claim payments no claim took")
    public List<UnmatchedItem> unmatched() {
        tenant.require();
        return QuarkusTransaction.requiringNew().call(() -> store.rows("""
                SELECT u.id, u.remittance_id, r.payer_id, r.trace_number, u.patient_control_number,
                       u.claim_status_code, u.charge_cents, u.paid_cents, u.reason, u.advice IS NOT NULL
                  FROM unmatched_claim_payment u JOIN remittance r ON r.id = u.remittance_id
                 WHERE u.resolved_at IS NULL ORDER BY u.id""").stream()
                .map(u -> new UnmatchedItem(((Number) u[0]).longValue(), (String) u[1], (String) u[2], (String) u[3],
                        (String) u[4], (String) u[5], cents(u[6]), cents(u[7]), (String) u[8], (Boolean) u[9]))
                .toList());
    }

    @POST
    @Path("/unmatched/{id}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an unmatched claim payment to the claim a poster found for it",
            description = "Posted as if it had matched on arrival (same reversal and duplicate checks, same events). "
                    + "404 for an unknown item or claim, 409 when already resolved, 422 when it cannot be posted.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "match", value = """
            {"claimId": "3f0c9d1e-0a8b-4f5e-9a57-2b1c4d6e8f90"}""")))
    @APIResponse(responseCode = "200", description = "The payment, matched")
    @APIResponse(responseCode = "400", description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such unmatched payment or claim in the caller's practice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Resolved already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not matchable, or the claim is not posted; the detail says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnmatchedItem match(@PathParam("id") long id, @Valid @NotNull MatchRequest request) {
        String tenantId = tenant.require();
        return QuarkusTransaction.requiringNew().call(() -> {
            RemittanceStore.UnmatchedPayment item = store.unmatched(id)
                    .orElseThrow(() -> ApiProblemException.notFound("unmatched claim payment", String.valueOf(id)));
            if (item.advice() != null) {
                // The claim it names may be arriving right now and post it: the control number's lock
                // orders the two, and the item is read again under it.
                expectedClaims.lockControlNumber(tenantId, item.advice().patientControlNumber());
                item = store.unmatched(id).orElseThrow();
            }
            if (item.resolved()) {
                throw new ApiProblemException(409, "Already resolved", "unmatched claim payment " + id
                        + " was matched or dismissed before");
            }
            if (item.advice() == null) {
                throw new ApiProblemException(422, "Not matchable", "claim payment " + id + " arrived before the "
                        + "queue kept whole payments; upload its 835 again after the claim is known");
            }
            ExpectedClaims.ExpectedClaim claim = expectedClaims.byClaimId(request.claimId())
                    .orElseThrow(() -> ApiProblemException.notFound("claim", request.claimId()));
            Optional<String> refused = posting.postMatched(tenantId, item.remittanceId(), item.payerId(), claim,
                    item.advice());
            if (refused.isPresent()) {
                throw new ApiProblemException(422, "Not posted", refused.get());
            }
            store.resolveUnmatched(id, "matched to claim " + claim.claimId() + " by "
                    + identity.getPrincipal().getName());
            return new UnmatchedItem(id, item.remittanceId(), item.payerId(), null,
                    item.advice().patientControlNumber(), item.advice().statusCode(), item.advice().chargeCents(),
                    item.advice().paidCents(), "matched to claim " + claim.claimId(), false);
        });
    }

    @GET
    @Path("/underpayments")
    @Operation(summary = "Claim payments short of the contracted amounts by more than the threshold, newest first")
    @APIResponse(responseCode = "200", description = "Postings short of the contracted rate")
    public List<UnderpaidClaim> underpayments() {
        tenant.require();
        return QuarkusTransaction.requiringNew().call(() -> store.rows("""
                SELECT p.claim_id, p.patient_control_number, p.remittance_id, r.payer_id, p.paid_cents,
                       p.underpaid_cents, p.posted_at
                  FROM claim_payment p JOIN remittance r ON r.id = p.remittance_id
                 WHERE p.underpaid_cents > 0 ORDER BY p.posted_at DESC""").stream()
                .map(r -> new UnderpaidClaim((String) r[0], (String) r[1], (String) r[2], (String) r[3], cents(r[4]),
                        cents(r[5]), time(r[6])))
                .toList());
    }

    @GET
    @Path("/exceptions")
    @Operation(summary = "Remittances held unposted because they do not balance, with the exact differences")
    @APIResponse(responseCode = "200", description = "Remittances held because they do not balance")
    public List<ExceptionItem> exceptions() {
        tenant.require();
        return QuarkusTransaction.requiringNew().call(() -> store.rows("""
                SELECT id, payer_id, trace_number, payment_amount_cents, problem, received_at FROM remittance
                 WHERE status = 'EXCEPTION' ORDER BY received_at""").stream()
                .map(r -> new ExceptionItem((String) r[0], (String) r[1], (String) r[2], cents(r[3]), (String) r[4],
                        time(r[5])))
                .toList());
    }

    @GET
    @Path("/provider-adjustments")
    @Operation(summary = "The provider ledger: PLB adjustments of payments dated from..to (default last 31 days)",
            description = "A positive amount is money the payer took back (recoupment, WO); a negative one is money "
                    + "it added (interest, L6); totals by reason code.")
    @APIResponse(responseCode = "200", description = "The PLB ledger and totals by reason")
    public ProviderLedger providerAdjustments(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        tenant.require();
        LocalDate until = to == null ? LocalDate.now() : to;
        LocalDate since = from == null ? until.minusDays(31) : from;
        List<ProviderAdjustmentItem> items = QuarkusTransaction.requiringNew().call(() -> store.rowsBetween("""
                SELECT r.id, r.payer_id, r.trace_number, r.payment_date, a.reason_code, a.reference, a.amount_cents
                  FROM provider_adjustment a JOIN remittance r ON r.id = a.remittance_id
                 WHERE r.payment_date BETWEEN :from AND :to ORDER BY r.payment_date, a.id""", since, until).stream()
                .map(r -> new ProviderAdjustmentItem((String) r[0], (String) r[1], (String) r[2], (LocalDate) r[3],
                        (String) r[4], (String) r[5], cents(r[6])))
                .toList());
        Map<String, Long> totals = new TreeMap<>();
        items.forEach(item -> totals.merge(item.reasonCode(), item.amountCents(), Long::sum));
        return new ProviderLedger(items, totals);
    }
}
