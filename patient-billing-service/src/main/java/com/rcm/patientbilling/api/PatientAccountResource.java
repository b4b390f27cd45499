package com.rcm.patientbilling.api;

import com.rcm.events.EventJson;
import com.rcm.events.payload.Address;
import com.rcm.patientbilling.domain.LedgerKind;
import com.rcm.patientbilling.mapping.AccountMapper;
import com.rcm.patientbilling.persistence.LedgerEntryEntity;
import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.PatientPaymentEntity;
import com.rcm.patientbilling.persistence.StatementRepository;
import com.rcm.patientbilling.service.GuarantorAssignments;
import com.rcm.patientbilling.service.PatientLedger;
import com.rcm.patientbilling.service.PatientPayments;
import com.rcm.patientbilling.service.Settlements;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.IdempotencyKeys;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's account at the caller's practice, addressed by the practice's own patient id. */
@Path("/v1/patients/{patientId}")
@Tag(name = "Patient accounts")
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
public class PatientAccountResource {
    private final PatientAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final StatementRepository statements;
    private final PatientPayments payments;
    private final PatientLedger ledger;
    private final GuarantorAssignments assignments;
    private final Settlements settlements;
    private final CurrentTenant tenant;
    private final SignedInUser user;

    public PatientAccountResource(
            PatientAccountRepository accounts,
            LedgerEntryRepository entries,
            StatementRepository statements,
            PatientPayments payments,
            PatientLedger ledger,
            GuarantorAssignments assignments,
            Settlements settlements,
            CurrentTenant tenant,
            SignedInUser user) {
        this.accounts = accounts;
        this.entries = entries;
        this.statements = statements;
        this.payments = payments;
        this.ledger = ledger;
        this.assignments = assignments;
        this.settlements = settlements;
        this.tenant = tenant;
        this.user = user;
    }

    @GET
    @Path("/account")
    @Transactional
    @Operation(
            summary = "The patient's balance and every ledger entry, oldest first",
            description =
                    "The balance is the sum of the entries. 404 when the practice has no account for the patient.")
    @APIResponse(responseCode = "200", description = "The guarantor, balance and every ledger entry, oldest first")
    @APIResponse(
            responseCode = "404",
            description = "No account for the patient in the caller's practice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView account(@PathParam("patientId") String patientId) {
        PatientAccountEntity account = accountOf(patientId);
        return AccountMapper.toView(account, entries.balanceOf(account.id), entries.entriesOf(account.id));
    }

    @POST
    @Path("/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a patient payment",
            description = "The payment settles the oldest open charges "
                    + "of the patient's guarantor first, across every account the guarantor answers for; more than they owe "
                    + "stays as a credit on this patient's account with a refund request (GET /v1/refunds). Idempotent per "
                    + "Idempotency-Key: the same key and body answer the same payment; the same key with another body is 409; "
                    + "so is a payment made while the patient's guarantor changed: send it again.")
    @APIResponse(
            responseCode = "201",
            description = "The payment, recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentRecorded.class)))
    @APIResponse(
            responseCode = "400",
            description = "A constraint broken, or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The Idempotency-Key was used with another body, or the " + "guarantor changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pay(
            @PathParam("patientId") String patientId,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull PaymentRequest request) {
        PatientPaymentEntity payment =
                payments.record(tenant.require(), idempotencyKey, AccountMapper.toPayment(patientId, request));
        return Response.status(Response.Status.CREATED)
                .entity(AccountMapper.toRecorded(patientId, payment))
                .build();
    }

    /**
     * Relief granted by the practice: hardship or a small-balance write-off. The approver is the caller;
     * {@code approvedBy} is optional and, when given, must name the caller.
     */
    public record AdjustmentRequest(
            @NotNull LedgerKind kind,
            @NotNull @Positive Long amountCents,
            @NotBlank @Size(max = 500) String reason,
            @Size(max = 100) String approvedBy) {}

    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed("practice-admin")
    @Operation(
            summary = "Approve a hardship adjustment or a small-balance write-off",
            description = "An approval: practice-admin only. Credits the account (kind HARDSHIP or SMALL_BALANCE) and "
                    + "records the caller (the token's user) as the approver; approvedBy may be left out, and naming "
                    + "anyone else is 403. 400 for another kind, 422 when it would take the balance below zero.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hardship", value = """
            {"kind": "HARDSHIP", "amountCents": 2000, "reason": "Income below 200% of the poverty line"}""")))
    @APIResponse(
            responseCode = "201",
            description = "The account with the adjustment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A kind other than HARDSHIP or SMALL_BALANCE, or a constraint " + "broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "A role outside the list, or approvedBy names someone other than " + "the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No account for the patient in the caller's practice",
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
            description = "More than the balance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adjust(@PathParam("patientId") String patientId, @Valid @NotNull AdjustmentRequest request) {
        PatientAccountEntity account = accountOf(patientId);
        String approver = user.recordedAs("approvedBy", request.approvedBy());
        if (!request.kind().isAdjustment()) {
            throw ApiProblemException.badRequest("kind", "must be HARDSHIP or SMALL_BALANCE");
        }
        long balance = entries.balanceOf(account.id);
        if (request.amountCents() > balance) {
            throw new ApiProblemException(
                    422,
                    "More than the balance",
                    "an adjustment of " + request.amountCents() + " cents would take the balance of " + balance
                            + " cents below zero");
        }
        LedgerEntryEntity entry =
                ledger.adjust(account, request.kind(), request.amountCents(), request.reason(), approver);
        settlements.announcePaidOff(account, LocalDate.now(), null);
        return Response.status(Response.Status.CREATED)
                .entity(AccountMapper.toView(account, entries.balanceOf(account.id), List.of(entry)))
                .build();
    }

    /** Who pays for this patient: the practice's id for the guarantor, their name and mailing address. */
    public record GuarantorRequest(
            @NotBlank @Size(max = 64) String guarantorId,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Valid Address address) {}

    @PUT
    @Path("/guarantor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Name who pays for this patient",
            description = "Statements for the patient's open balance go to the guarantor from the next statement on, "
                    + "one statement covering every patient they answer for. A guarantor who is also a patient is "
                    + "named by their patient id. The guarantor's name and address are updated when given again. "
                    + "409 in the rare case another request changed the patient's guarantor at the same moment: "
                    + "send it again.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "parent", value = """
            {"guarantorId": "P-100", "firstName": "John", "lastName": "Doe",
             "address": {"line1": "1 Main St", "city": "Austin", "state": "TX", "postalCode": "78701"}}""")))
    @APIResponse(responseCode = "200", description = "The account with its guarantor")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GuarantorView.Account assignGuarantor(
            @PathParam("patientId") String patientId, @Valid @NotNull GuarantorRequest request) {
        String address = request.address() == null ? null : EventJson.write(request.address());
        GuarantorAssignments.Assigned assigned = assignments.assign(
                tenant.require(),
                patientId,
                new GuarantorAssignments.Guarantor(
                        request.guarantorId(), request.firstName(), request.lastName(), address));
        return new GuarantorView.Account(
                patientId, assigned.account().firstName, assigned.account().lastName, assigned.balanceCents());
    }

    @GET
    @Path("/statements")
    @Transactional
    @Operation(
            summary = "The statements issued to the patient's guarantor, oldest first",
            description = "A guarantor's statement covers every account they answer for, so a family's statements "
                    + "show under each of its patients.")
    @APIResponse(responseCode = "200", description = "The statements of the patient's guarantor")
    @APIResponse(
            responseCode = "404",
            description = "No account for the patient in the caller's practice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StatementSummary> statements(@PathParam("patientId") String patientId) {
        PatientAccountEntity account = accountOf(patientId);
        return statements.issuedTo(account.guarantorId).stream()
                .map(AccountMapper::toSummary)
                .toList();
    }

    private PatientAccountEntity accountOf(String patientId) {
        tenant.require();
        return accounts.findByPatientId(patientId)
                .orElseThrow(() -> ApiProblemException.notFound("patient account", patientId));
    }
}
