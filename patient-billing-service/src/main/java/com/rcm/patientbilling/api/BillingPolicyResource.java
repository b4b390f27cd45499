package com.rcm.patientbilling.api;

import com.rcm.patientbilling.domain.BillingPolicy;
import com.rcm.patientbilling.service.BillingPolicies;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The practice's own statement, dunning, small-balance and payment-plan rules. */
@Path("/v1/billing-policy")
@Tag(name = "Billing policy")
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
public class BillingPolicyResource {
    private final BillingPolicies policies;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public BillingPolicyResource(BillingPolicies policies, CurrentTenant tenant, SecurityIdentity identity) {
        this.policies = policies;
        this.tenant = tenant;
        this.identity = identity;
    }

    /** Days and cents; patient-billing-service/README.md, "How money moves", says what each one does. */
    public record PolicyBody(
            @NotNull @Min(1) @Max(120) Integer dueDays,
            @NotNull @Min(1) @Max(120) Integer cycleDays,
            @NotNull @Min(1) @Max(120) Integer finalNoticeAfterDays,
            @NotNull @Min(1) @Max(365) Integer collectionsAfterDays,
            @NotNull @Min(0) @Max(100_000) Long smallBalanceCents,
            @NotNull @Min(0) @Max(60) Integer planGraceDays) {

        static PolicyBody of(BillingPolicy p) {
            return new PolicyBody(
                    p.dueDays(),
                    p.cycleDays(),
                    p.finalNoticeAfterDays(),
                    p.collectionsAfterDays(),
                    p.smallBalanceCents(),
                    p.planGraceDays());
        }
    }

    @GET
    @Transactional
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(summary = "The practice's billing policy (the service's defaults until the practice sets its own)")
    @APIResponse(responseCode = "200", description = "The practice's rules, or the defaults")
    public PolicyBody policy() {
        return PolicyBody.of(policies.of(tenant.require()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed("practice-admin")
    @Operation(
            summary = "Set the practice's billing policy",
            description = "dueDays: statement date to due date. "
                    + "cycleDays: from a notice to the next while a balance stays open (a repeat statement after a payment, "
                    + "else a reminder). finalNoticeAfterDays: reminder to final notice. collectionsAfterDays: final notice "
                    + "to the collections flag. smallBalanceCents: balances up to this are written off instead of billed "
                    + "(0 = off). planGraceDays: days a missed installment has before the plan defaults; applies to plans "
                    + "created afterwards.")
    @APIResponse(responseCode = "200", description = "The rules as set")
    @APIResponse(
            responseCode = "400",
            description = ProblemResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyBody set(@Valid @NotNull PolicyBody body) {
        BillingPolicy policy = new BillingPolicy(
                body.dueDays(),
                body.cycleDays(),
                body.finalNoticeAfterDays(),
                body.collectionsAfterDays(),
                body.smallBalanceCents(),
                body.planGraceDays());
        return PolicyBody.of(
                policies.set(tenant.require(), policy, identity.getPrincipal().getName()));
    }
}
