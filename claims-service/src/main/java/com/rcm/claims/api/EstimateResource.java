package com.rcm.claims.api;

import com.rcm.claims.domain.ClaimPricing;
import com.rcm.claims.domain.PatientEstimate;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.persistence.EligibilityCheckEntity;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.service.EligibilityChecks;
import com.rcm.events.payload.ServiceLine;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import com.rcm.x12.eligibility.EligibilityResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a patient will owe for a planned visit, before the visit. */
@Path("/v1/estimates")
@Tag(name = "Eligibility")
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
public class EstimateResource {
    private final EligibilityChecks eligibility;
    private final PracticeSetupRepository setup;
    private final CurrentTenant tenant;

    public EstimateResource(EligibilityChecks eligibility, PracticeSetupRepository setup, CurrentTenant tenant) {
        this.eligibility = eligibility;
        this.setup = setup;
        this.tenant = tenant;
    }

    public record PlannedService(
            @NotBlank @Size(max = 5) String code,
            List<@NotBlank String> modifiers,
            @NotNull @Min(1) @Max(99) Integer units) {}

    public record EstimateRequest(
            @Valid @NotNull EligibilityResource.CheckRequest patient,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull PlannedService> services) {}

    public record EstimateView(
            String eligibilityId,
            String planName,
            List<PatientEstimate.Line> lines,
            long totalChargeCents,
            long allowedCents,
            long patientResponsibilityCents,
            long insurancePaysCents,
            Integer allowedPercent) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Estimate what the patient will owe for planned services",
            description = "Charges come from the practice's fee schedule, the allowed amount from the payer setup's "
                    + "allowedPercent (the whole charge when unset), copay, deductible left and coinsurance from the "
                    + "payer's latest recent 271 (a new 270 is sent when there is none). 422 when coverage is not "
                    + "active or a code has no fee; 502 when the clearinghouse does not answer.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "office visit", value = """
            {"patient": {"patientId": "P-77", "firstName": "Jane", "lastName": "Doe", "payerId": "SIMCOMM",
                         "memberId": "M123456", "dateOfService": "2026-12-03"},
             "services": [{"code": "99213", "modifiers": ["25"], "units": 1}, {"code": "G0008", "units": 1}]}""")))
    @APIResponse(
            responseCode = "200",
            description = "Per line and in total: charge, allowed, what the patient and insurance pay")
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
    @APIResponse(
            responseCode = "422",
            description = "Coverage not active, or no fee for a code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "502",
            description = ProblemResponses.BAD_GATEWAY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EstimateView estimate(@Valid @NotNull EstimateRequest request) {
        String tenantId = tenant.require();
        EligibilityResource.CheckRequest patient = request.patient();
        EligibilityCheckEntity coverage = eligibility
                .recent(patient.payerId(), patient.memberId())
                .orElseGet(() -> eligibility.check(tenantId, patient.toRequest()));
        if (coverage.status != EligibilityResponse.Status.ACTIVE) {
            throw new ApiProblemException(
                    422,
                    "Coverage not active",
                    "the payer's 271 (trace " + coverage.traceNumber + ") says " + coverage.status
                            + "; there is nothing to estimate against");
        }
        List<ServiceLine> planned = new ArrayList<>();
        for (PlannedService s : request.services()) {
            planned.add(new ServiceLine(
                    planned.size() + 1,
                    s.code(),
                    s.modifiers() == null ? List.of() : s.modifiers(),
                    s.units(),
                    List.of(1),
                    null));
        }
        LocalDate dos = patient.dateOfService();
        ClaimPricing.Priced priced = ClaimPricing.price(planned, (code, modifier) -> setup.fee(code, modifier, dos));
        if (!priced.unpricedCodes().isEmpty()) {
            throw new ApiProblemException(
                    422,
                    "No fee for a code",
                    "the fee schedule has no charge on " + dos + " for " + String.join(", ", priced.unpricedCodes()));
        }
        PayerSetup payer = setup.payer(patient.payerId())
                .orElse(new PayerSetup(patient.payerId(), patient.payerId(), "CI", 365, null, null, null, null));
        List<PatientEstimate.Line> lines = PatientEstimate.of(
                priced.lines().stream().map(ServiceLine::code).toList(),
                priced.lines().stream().map(ServiceLine::chargeCents).toList(),
                new PatientEstimate.Benefits(
                        orZero(coverage.copayCents),
                        orZero(coverage.deductibleRemainingCents),
                        coverage.coinsurancePercent == null ? 0 : coverage.coinsurancePercent),
                payer);
        long allowed =
                lines.stream().mapToLong(PatientEstimate.Line::allowedCents).sum();
        long owed = lines.stream().mapToLong(PatientEstimate.Line::patientCents).sum();
        return new EstimateView(
                coverage.id,
                coverage.planName,
                lines,
                priced.totalChargeCents(),
                allowed,
                owed,
                allowed - owed,
                payer.allowedPercent());
    }

    private static long orZero(Long cents) {
        return cents == null ? 0 : cents;
    }
}
