package com.rcm.patientbilling.api;

import com.rcm.patientbilling.mapping.AccountMapper;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.RefundRequestEntity;
import com.rcm.patientbilling.persistence.RefundRequestRepository;
import com.rcm.patientbilling.service.RefundRequests;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credits waiting to be given back, and giving them back. */
@Path("/v1/refunds")
@Tag(name = "Refunds")
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
public class RefundResource {
    private final RefundRequestRepository refunds;
    private final RefundRequests requests;
    private final PatientAccountRepository accounts;
    private final CurrentTenant tenant;
    private final SignedInUser user;

    public RefundResource(
            RefundRequestRepository refunds,
            RefundRequests requests,
            PatientAccountRepository accounts,
            CurrentTenant tenant,
            SignedInUser user) {
        this.refunds = refunds;
        this.requests = requests;
        this.accounts = accounts;
        this.tenant = tenant;
        this.user = user;
    }

    @GET
    @Transactional
    @Operation(summary = "Refund requests with a status (REQUESTED by default, or ISSUED), oldest first")
    @APIResponse(responseCode = "200", description = "The refund requests")
    @APIResponse(
            responseCode = "400",
            description = "A status other than REQUESTED or ISSUED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RefundView> list(@QueryParam("status") @DefaultValue("REQUESTED") String status) {
        tenant.require();
        RefundRequestEntity.Status wanted;
        try {
            wanted = RefundRequestEntity.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.badRequest("status", "must be REQUESTED or ISSUED");
        }
        return refunds.withStatus(wanted).stream().map(this::view).toList();
    }

    /** {@code issuedBy} is optional: the issuer is the caller, and naming anyone else is refused. */
    public record IssueRequest(
            @NotBlank @Size(max = 100) String reference,
            @Size(max = 100) String issuedBy) {}

    @POST
    @Path("/{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Record that the credit was paid back (check number or processor reference)",
            description = "Debits the account's ledger with a REFUND entry and records the caller (the token's user) "
                    + "as the issuer; issuedBy may be left out, and naming anyone else is 403. 409 when already issued; "
                    + "422 when the account's credit is now smaller than the refund (a newer charge used it).")
    @APIResponse(responseCode = "200", description = "The refund, ISSUED")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "A role outside the list, or issuedBy names someone other than " + "the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Issued already",
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
            description = "The credit is gone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RefundView issue(@PathParam("id") String id, @Valid @NotNull IssueRequest request) {
        tenant.require();
        // Another practice's (or no) refund is 404 before the issuer is looked at.
        if (refunds.findByIdOptional(id).isEmpty()) {
            throw ApiProblemException.notFound("refund request", id);
        }
        String issuer = user.recordedAs("issuedBy", request.issuedBy());
        return view(requests.issue(id, request.reference(), issuer, LocalDate.now()));
    }

    private RefundView view(RefundRequestEntity refund) {
        return AccountMapper.toRefund(refund, accounts.findById(refund.accountId).patientId);
    }
}
