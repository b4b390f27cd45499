package com.rcm.patientbilling.api;

import com.rcm.patientbilling.config.PatientBillingConfig;
import com.rcm.patientbilling.service.BillingCycle;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The practice's billing cycle, run now instead of waiting for tonight. */
@Path("/v1/billing-cycle/runs")
@Tag(name = "Billing policy")
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
public class BillingCycleResource {
    private final BillingCycle cycle;
    private final PatientBillingConfig config;
    private final CurrentTenant tenant;

    public BillingCycleResource(BillingCycle cycle, PatientBillingConfig config, CurrentTenant tenant) {
        this.cycle = cycle;
        this.config = config;
        this.tenant = tenant;
    }

    @POST
    @Operation(
            summary = "Run the practice's billing cycle now",
            description = "Reviews payment plans (missed installments, defaults, completions), then gives every "
                    + "guarantor who owes what the policy says is due: the next notice, the collections flag or a "
                    + "small-balance write-off. Safe to repeat: a notice already sent is not sent again until its "
                    + "interval passes. asOf defaults to today; a future date is refused (422) unless the service "
                    + "allows it (patient-billing.cycle.allow-future-runs, for tests). Answers the counts.")
    @APIResponse(responseCode = "200", description = "Counts per outcome")
    @APIResponse(
            responseCode = "422",
            description = "asOf is in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BillingCycle.Summary run(@QueryParam("asOf") LocalDate asOf) {
        String tenantId = tenant.require();
        LocalDate today = LocalDate.now();
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today) && !config.cycle().allowFutureRuns()) {
            throw new ApiProblemException(422, "Date in the future", "asOf " + day + " is after today (" + today + ")");
        }
        return cycle.run(tenantId, day);
    }
}
