package com.rcm.claims.api;

import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.domain.PayerType;
import com.rcm.claims.domain.RenderingProviderSetup;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.scrub.Npi;
import com.rcm.claims.scrub.PayerRule;
import com.rcm.claims.setup.PayeeRegistrations;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A practice's own setup: billing provider, rendering providers, payers and fee schedule. */
@Path("/v1/setup")
@Tag(name = "Practice setup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("practice-admin")
@Transactional
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SetupResource {
    private final PracticeSetupRepository setup;
    private final PayeeRegistrations payees;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public SetupResource(
            PracticeSetupRepository setup, PayeeRegistrations payees, CurrentTenant tenant, SecurityIdentity identity) {
        this.setup = setup;
        this.payees = payees;
        this.tenant = tenant;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(summary = "The practice's setup as claims are built from it")
    @APIResponse(responseCode = "200", description = "Billing provider, rendering providers and payers")
    public PracticeSetupView get() {
        tenant.require();
        return new PracticeSetupView(setup.billingProvider(), setup.renderingProviders(), setup.payers());
    }

    @PUT
    @Path("/billing-provider")
    @Operation(
            summary = "Set the billing provider (2010AA): NPI with a valid check digit, 9-digit TIN, taxonomy, "
                    + "address with a 9-digit ZIP",
            description = "The billing NPI becomes the practice's own, where payers' "
                    + "remittances for it are routed; an NPI another practice has registered answers 409 (only the billing "
                    + "company moves an NPI between practices). A practice keeps the NPIs it registered before.")
    @APIResponse(responseCode = "200", description = "The billing provider as set")
    @APIResponse(
            responseCode = "400",
            description = "A constraint broken, or an NPI that fails its check digit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The NPI is registered to another practice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BillingProviderSetup billingProvider(@Valid @NotNull BillingProviderRequest request) {
        requireNpi("npi", request.npi());
        String practice = tenant.require();
        BillingProviderSetup provider = new BillingProviderSetup(
                request.name(),
                request.npi(),
                request.tin(),
                request.taxonomy(),
                request.addressLine1(),
                request.city(),
                request.state(),
                request.postalCode(),
                request.claimPrefix());
        payees.registerOrRefuse(
                practice, provider.npi(), identity.getPrincipal().getName());
        setup.saveBillingProvider(practice, provider, true);
        return provider;
    }

    @PUT
    @Path("/rendering-providers/{npi}")
    @Operation(summary = "Add or change a rendering provider (2310B)")
    @APIResponse(responseCode = "200", description = "The rendering provider as set")
    @APIResponse(
            responseCode = "400",
            description = "A constraint broken, or an NPI that fails its check digit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RenderingProviderSetup renderingProvider(
            @PathParam("npi") String npi, @Valid @NotNull RenderingProviderRequest request) {
        requireNpi("npi", npi);
        RenderingProviderSetup provider =
                new RenderingProviderSetup(npi, request.lastName(), request.firstName(), request.taxonomy());
        setup.saveRenderingProvider(tenant.require(), provider, true);
        return provider;
    }

    @PUT
    @Path("/payers/{payerId}")
    @Operation(
            summary = "Add or change a payer: claim filing indicator, timely-filing and appeal days, "
                    + "payer-specific rules, days before a quiet claim is asked about (statusInquiryDays, default 30) and "
                    + "the share of a charge its contract allows (allowedPercent, for patient estimates); its type (MEDICARE, "
                    + "MEDICAID, COMMERCIAL or SUPPLEMENTAL, implied by the filing indicator when absent), whether it receives "
                    + "claims by crossover from the payer before it (receivesCrossovers), and for Medicare billed after "
                    + "another payer the SBR05 reason it pays second (medicareSecondaryType, default 12)")
    @APIResponse(responseCode = "200", description = "The payer as set")
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
    public PayerSetup payer(@PathParam("payerId") String payerId, @Valid @NotNull PayerRequest request) {
        PayerSetup payer = new PayerSetup(
                payerId,
                request.name(),
                request.claimFilingIndicator(),
                request.timelyFilingDays(),
                request.rules() == null ? Set.of() : Set.copyOf(request.rules()),
                request.appealDays(),
                request.statusInquiryDays(),
                request.allowedPercent(),
                request.type(),
                request.receivesCrossovers(),
                request.medicareSecondaryType());
        setup.savePayer(tenant.require(), payer, true);
        return payer;
    }

    @PUT
    @Path("/fee-schedule/{code}")
    @Operation(summary = "Set the charge for a code (and modifier) from a date")
    @APIResponse(responseCode = "200", description = "The fee as set")
    @APIResponse(
            responseCode = "400",
            description = "Not a five-character code, or the dates reversed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeeRequest fee(
            @PathParam("code") String code,
            @QueryParam("modifier") String modifier,
            @Valid @NotNull FeeRequest request) {
        if (!code.matches("[0-9A-Z]{4}[0-9A-Z]")) {
            throw ApiProblemException.badRequest("code", "must be a five-character CPT or HCPCS code");
        }
        if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
            throw ApiProblemException.badRequest("effectiveTo", "must not be before effectiveFrom");
        }
        setup.saveFee(
                tenant.require(),
                code,
                modifier == null ? "" : modifier,
                request.chargeCents(),
                request.effectiveFrom(),
                request.effectiveTo(),
                true);
        return request;
    }

    private static void requireNpi(String field, String npi) {
        if (!Npi.valid(npi)) {
            throw ApiProblemException.badRequest(field, npi + " is not an NPI: 10 digits with a valid check digit");
        }
    }

    public record PracticeSetupView(
            Optional<BillingProviderSetup> billingProvider,
            List<RenderingProviderSetup> renderingProviders,
            List<PayerSetup> payers) {}

    public record BillingProviderRequest(
            @NotBlank @Size(max = 60) String name,
            @NotNull String npi,

            @NotNull @Pattern(regexp = "[0-9]{9}", message = "must be a 9-digit TIN")
            String tin,

            @NotNull @Pattern(regexp = "[0-9A-Z]{9}X", message = "must be a 10-character taxonomy code")
            String taxonomy,

            @NotBlank @Size(max = 55) String addressLine1,
            @NotBlank @Size(max = 30) String city,

            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code")
            String state,

            @NotNull @Pattern(regexp = "[0-9]{9}", message = "must be a 9-digit ZIP code (ZIP+4)")
            String postalCode,

            @NotNull @Pattern(regexp = "[A-Z0-9]{2,4}", message = "must be 2-4 letters or digits")
            String claimPrefix) {}

    public record RenderingProviderRequest(
            @NotBlank @Size(max = 60) String lastName,
            @NotBlank @Size(max = 35) String firstName,

            @NotNull @Pattern(regexp = "[0-9A-Z]{9}X", message = "must be a 10-character taxonomy code")
            String taxonomy) {}

    public record PayerRequest(
            @NotBlank @Size(max = 60) String name,

            @NotNull @Pattern(regexp = "[0-9A-Z]{2}", message = "must be a claim filing indicator such as CI or MB")
            String claimFilingIndicator,

            @NotNull @Min(1) @Max(3650) Integer timelyFilingDays,
            List<@NotNull PayerRule> rules,
            @Min(1) @Max(3650) Integer appealDays,
            @Min(0) @Max(365) Integer statusInquiryDays,
            @Min(1) @Max(100) Integer allowedPercent,
            PayerType type,
            Boolean receivesCrossovers,

            @Pattern(
                    regexp = "12|13|14|15|16|41|42|43|47",
                    message = "must be an SBR05 Medicare secondary type: " + "12, 13, 14, 15, 16, 41, 42, 43 or 47")
            String medicareSecondaryType) {}

    public record FeeRequest(
            @NotNull @PositiveOrZero Long chargeCents,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo) {}
}
