package com.rcm.patientbilling.api;

import com.rcm.patientbilling.mapping.AccountMapper;
import com.rcm.patientbilling.persistence.PaymentPlanEntity;
import com.rcm.patientbilling.persistence.PaymentPlanRepository;
import com.rcm.patientbilling.service.PlanNotes;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/payment-plans")
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
public class PaymentPlanResource {
    private final PaymentPlanRepository plans;
    private final PlanNotes planNotes;
    private final CurrentTenant tenant;

    public PaymentPlanResource(PaymentPlanRepository plans, PlanNotes planNotes, CurrentTenant tenant) {
        this.plans = plans;
        this.planNotes = planNotes;
        this.tenant = tenant;
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(
            summary = "A payment plan: status (ACTIVE, COMPLETED, DEFAULTED), installments and history",
            description = "Installment states are as of today; the history lists what the daily billing cycle "
                    + "and payments recorded: CREATED, INSTALLMENT_PAID, INSTALLMENT_MISSED, COMPLETED, DEFAULTED.")
    @APIResponse(responseCode = "200", description = "The plan with its installments and history")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanView plan(@PathParam("id") String id) {
        tenant.require();
        PaymentPlanEntity plan =
                plans.findByIdOptional(id).orElseThrow(() -> ApiProblemException.notFound("payment plan", id));
        return AccountMapper.toPlanView(plan, planNotes.paidToward(plan), plans.historyOf(plan.id));
    }
}
