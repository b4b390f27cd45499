package com.rcm.patientbilling.api;

import com.rcm.patientbilling.domain.PlanFrequency;
import com.rcm.patientbilling.mapping.AccountMapper;
import com.rcm.patientbilling.persistence.GuarantorEntity;
import com.rcm.patientbilling.persistence.GuarantorRepository;
import com.rcm.patientbilling.persistence.PaymentPlanEntity;
import com.rcm.patientbilling.persistence.PaymentPlanRepository;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.patientbilling.persistence.StatementRepository;
import com.rcm.patientbilling.service.GuarantorBook;
import com.rcm.patientbilling.service.GuarantorBooks;
import com.rcm.patientbilling.service.PaymentPlans;
import com.rcm.patientbilling.service.PlanNotes;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Guarantors: who statements go to, and who agrees to a payment plan. */
@Path("/v1/guarantors/{guarantorId}")
@Tag(name = "Guarantors and payment plans")
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
public class GuarantorResource {
    private final GuarantorRepository guarantors;
    private final GuarantorBooks books;
    private final StatementRepository statements;
    private final PaymentPlanRepository plans;
    private final PaymentPlans paymentPlans;
    private final PlanNotes planNotes;
    private final CurrentTenant tenant;

    public GuarantorResource(
            GuarantorRepository guarantors,
            GuarantorBooks books,
            StatementRepository statements,
            PaymentPlanRepository plans,
            PaymentPlans paymentPlans,
            PlanNotes planNotes,
            CurrentTenant tenant) {
        this.guarantors = guarantors;
        this.books = books;
        this.statements = statements;
        this.plans = plans;
        this.paymentPlans = paymentPlans;
        this.planNotes = planNotes;
        this.tenant = tenant;
    }

    @GET
    @Transactional
    @Operation(
            summary = "A guarantor: accounts, balance, aging, dunning stage, plan and statements",
            description = "guarantorId is the practice's id for the guarantor: the patient's own id when they pay "
                    + "for themselves. 404 when the practice has no such guarantor.")
    @APIResponse(responseCode = "200", description = "Accounts, balance, aging, notices, active plan and statements")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GuarantorView guarantor(@PathParam("guarantorId") String guarantorId) {
        tenant.require();
        GuarantorEntity guarantor = guarantors
                .findByKey(guarantorId)
                .orElseThrow(() -> ApiProblemException.notFound("guarantor", guarantorId));
        GuarantorBook book = books.view(guarantor);
        List<StatementEntity> issued = statements.issuedTo(guarantorId);
        Optional<StatementEntity> last =
                issued.isEmpty() ? Optional.empty() : Optional.of(issued.get(issued.size() - 1));
        return new GuarantorView(
                guarantorId,
                guarantor.firstName,
                guarantor.lastName,
                book.balanceCents(),
                book.aging(LocalDate.now()),
                book.accounts().stream()
                        .map(a -> new GuarantorView.Account(
                                a.account().patientId, a.account().firstName, a.account().lastName, a.balanceCents()))
                        .toList(),
                last.map(s -> s.notice.name()).orElse(null),
                last.map(s -> s.issuedOn).orElse(null),
                guarantor.collectionsOn,
                plans.activeOf(guarantorId).map(p -> p.id).orElse(null),
                issued.stream().map(AccountMapper::toSummary).toList());
    }

    /** {@code totalCents} may be left out: the plan then covers the whole balance. */
    public record PlanRequest(
            @Positive Long totalCents,
            @NotNull @Positive Long installmentCents,
            @NotNull PlanFrequency frequency,
            @NotNull LocalDate firstDueOn) {}

    @POST
    @Path("/payment-plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Put the guarantor on a payment plan",
            description = "Installments of installmentCents (the last one what remains) fall due from firstDueOn "
                    + "every WEEKLY, BIWEEKLY or MONTHLY period. Every payment of the guarantor from now on counts "
                    + "toward the plan, and no reminders or final notices go out while it runs. An installment "
                    + "unpaid after its due date is MISSED; still unpaid after the practice's grace days "
                    + "(planGraceDays) the plan DEFAULTS, ends, and statements resume. 409 when a plan is already "
                    + "active; 422 when the guarantor owes nothing, the total is more than the balance, the "
                    + "installment is more than the total, it would take more than 60 installments, or the "
                    + "first due date is past.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "six months", value = """
            {"installmentCents": 5000, "frequency": "MONTHLY", "firstDueOn": "2027-01-15"}""")))
    @APIResponse(
            responseCode = "201",
            description = "The plan",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "A plan is active",
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
            description = "Not possible; the detail says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createPlan(@PathParam("guarantorId") String guarantorId, @Valid @NotNull PlanRequest request) {
        String tenantId = tenant.require();
        PaymentPlanEntity plan = paymentPlans.create(
                tenantId,
                guarantorId,
                new PaymentPlans.NewPlan(
                        request.totalCents(), request.installmentCents(), request.frequency(), request.firstDueOn()),
                LocalDate.now());
        return Response.status(Response.Status.CREATED)
                .entity(AccountMapper.toPlanView(plan, planNotes.paidToward(plan), plans.historyOf(plan.id)))
                .build();
    }
}
