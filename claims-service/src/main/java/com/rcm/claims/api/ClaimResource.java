package com.rcm.claims.api;

import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.mapping.ClaimMapper;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.OutgoingInterchangeRepository;
import com.rcm.claims.service.ClaimStatusInquiries;
import com.rcm.claims.service.ClaimSubmission;
import com.rcm.events.EventJson;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import com.rcm.x12.claim.ProfessionalClaim;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder"})
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
public class ClaimResource {
    public static final String X12_MEDIA_TYPE = "application/edi-x12";

    private final ClaimRepository claims;
    private final ClaimSubmission submission;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final ClaimStatusInquiries statusInquiries;
    private final OutgoingInterchangeRepository interchanges;

    public ClaimResource(
            ClaimRepository claims,
            ClaimSubmission submission,
            CurrentTenant tenant,
            SecurityIdentity identity,
            ClaimStatusInquiries statusInquiries,
            OutgoingInterchangeRepository interchanges) {
        this.claims = claims;
        this.submission = submission;
        this.tenant = tenant;
        this.identity = identity;
        this.statusInquiries = statusInquiries;
        this.interchanges = interchanges;
    }

    @GET
    @Operation(
            summary = "Claims of an encounter, the biller's queue of one status (HELD: the scrubber's "
                    + "findings on each, oldest first), or the 50 newest")
    @APIResponse(responseCode = "200", description = "The encounter's claims, one status's queue, or the 50 newest")
    @APIResponse(
            responseCode = "400",
            description = "An unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ClaimView> list(@QueryParam("encounterId") String encounterId, @QueryParam("status") String status) {
        tenant.require();
        List<ClaimEntity> found;
        if (encounterId != null) {
            found = claims.forEncounter(encounterId);
        } else if (status != null) {
            found = claims.withStatus(statusOf(status), 200);
        } else {
            found = claims.recent(50);
        }
        return found.stream().map(ClaimMapper::toView).toList();
    }

    @POST
    @Path("/{id}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(
            summary = "Correct a held or rejected claim and submit it again, in one call",
            description =
                    "Applies the corrections given (payer and member id, rendering NPI, patient address, line "
                            + "modifiers, units, pointers or charges), prices and scrubs the claim again, and submits it "
                            + "when it passes; otherwise it stays HELD with the new findings. Only HELD or REJECTED claims (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "add modifier 25", value = """
            {"lines": [{"lineNumber": 1, "modifiers": ["25"]}]}""")))
    @APIResponse(responseCode = "200", description = "The claim, sent again or HELD again")
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
            description = "Not HELD or REJECTED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimView resubmit(@PathParam("id") String id, @Valid ClaimCorrection correction) {
        ClaimEntity claim = find(id);
        if (claim.status != ClaimStatus.HELD && claim.status != ClaimStatus.REJECTED) {
            throw new ApiProblemException(
                    409,
                    "Not held or rejected",
                    "claim " + id + " is " + claim.status
                            + "; only a HELD or REJECTED claim is corrected and resubmitted here");
        }
        return ClaimMapper.toView(submission.resubmit(
                claim, corrected(claim, correction), identity.getPrincipal().getName()));
    }

    @POST
    @Path("/{id}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(
            summary = "Correct a claim the payer already decided: a replacement claim (frequency 7)",
            description = "Builds a new claim from the original with the corrections given, naming the payer's claim "
                    + "number in REF*F8, scrubs and submits it; the original becomes REPLACED. Only for a claim the "
                    + "payer paid, partly paid or denied (409 otherwise). Answers the new claim.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "add the missing modifier", value = """
            {"lines": [{"lineNumber": 1, "modifiers": ["25"]}]}""")))
    @APIResponse(
            responseCode = "201",
            description = "The replacement claim (frequency 7)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimView.class)))
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
            description = "Not decided by the payer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = ProblemResponses.CONTENT_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") String id, @Valid ClaimCorrection correction) {
        ClaimEntity original = decided(id, "replaced");
        ClaimEntity replacement = submission.supersede(
                original,
                corrected(original, correction),
                ProfessionalClaim.REPLACEMENT,
                identity.getPrincipal().getName());
        return Response.status(201).entity(ClaimMapper.toView(replacement)).build();
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(
            summary = "Cancel a claim the payer already decided: a void claim (frequency 8)",
            description = "Sends the original's lines again as frequency 8 with the payer's claim number in REF*F8; "
                    + "the original becomes VOIDED and the payer takes back what it paid. 409 for a claim the "
                    + "payer has not decided. Answers the void claim.")
    @APIResponse(
            responseCode = "201",
            description = "The void claim (frequency 8)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not decided by the payer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response voidClaim(@PathParam("id") String id) {
        ClaimEntity original = decided(id, "voided");
        ClaimEntity voiding = submission.supersede(
                original,
                corrected(original, null),
                ProfessionalClaim.VOID,
                identity.getPrincipal().getName());
        return Response.status(201).entity(ClaimMapper.toView(voiding)).build();
    }

    @POST
    @Path("/{id}/status-inquiry")
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(
            summary = "Ask the payer about the claim now (276/277)",
            description = "Only a claim the payer has not decided (SUBMITTED, ACCEPTED, PENDING, NEEDS_INFORMATION; "
                    + "409 otherwise). The answer moves the claim as the scheduled inquiry would and is in its "
                    + "history; 502 when the clearinghouse does not answer.")
    @APIResponse(responseCode = "200", description = "The claim after the 277")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Decided by the payer already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "502",
            description = ProblemResponses.BAD_GATEWAY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimView statusInquiry(@PathParam("id") String id) {
        ClaimEntity claim = find(id);
        if (!claim.status.awaitingPayer()) {
            throw new ApiProblemException(
                    409, "Already decided", "claim " + id + " is " + claim.status + "; the 835 has the payer's answer");
        }
        statusInquiries.ask(claim);
        return ClaimMapper.toView(claim);
    }

    @POST
    @Path("/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"practice-admin", "biller"})
    @Operation(
            summary = "Open an appeal of a denied claim before its appeal deadline",
            description = "Only a DENIED claim (409); after the appeal deadline the payer will not hear it (422).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "medical necessity", value = """
            {"reason": "Visit notes attached show the separate E/M service; CO-96 does not apply."}""")))
    @APIResponse(responseCode = "200", description = "The claim, APPEALED")
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
            description = "Not DENIED",
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
            description = "The appeal deadline has passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimView appeal(@PathParam("id") String id, @Valid @NotNull AppealRequest request) {
        ClaimEntity claim = find(id);
        if (claim.status != ClaimStatus.DENIED) {
            throw new ApiProblemException(
                    409, "Not denied", "claim " + id + " is " + claim.status + "; only a DENIED claim is appealed");
        }
        if (claim.appealDeadline != null && LocalDate.now().isAfter(claim.appealDeadline)) {
            throw new ApiProblemException(
                    422,
                    "Appeal deadline passed",
                    "the appeal deadline of claim " + id + " was " + claim.appealDeadline
                            + "; correct it with a replacement claim or write it off");
        }
        claim.moveTo(
                ClaimStatus.APPEALED,
                "appeal opened by " + identity.getPrincipal().getName() + " before " + claim.appealDeadline + ": "
                        + request.reason());
        return ClaimMapper.toView(claim);
    }

    @GET
    @Path("/deadlines")
    @Operation(
            summary = "Deadlines coming up: timely filing of claims not yet accepted, appeals of denied claims",
            description = "Every deadline on or before today + withinDays (default 30), soonest first; daysLeft is "
                    + "negative once a deadline has passed.")
    @APIResponse(responseCode = "200", description = "The deadlines due within the days, soonest first")
    @APIResponse(
            responseCode = "400",
            description = "withinDays outside 0-3650",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ClaimDeadline> deadlines(
            @QueryParam("withinDays") @DefaultValue("30") @Min(0) @Max(3650) int withinDays) {
        tenant.require();
        LocalDate today = LocalDate.now();
        LocalDate by = today.plusDays(withinDays);
        List<ClaimDeadline> due = new ArrayList<>();
        claims.timelyFilingDueBy(by)
                .forEach(c -> due.add(ClaimDeadline.of(c, "TIMELY_FILING", c.timelyFilingDeadline, today)));
        claims.appealDueBy(by).forEach(c -> due.add(ClaimDeadline.of(c, "APPEAL", c.appealDeadline, today)));
        due.sort(Comparator.comparing(ClaimDeadline::deadline));
        return due;
    }

    /** The encounter the claim bills, with the biller's corrections applied. */
    private static EncounterCoded corrected(ClaimEntity claim, ClaimCorrection correction) {
        EncounterCoded current = EventJson.read(claim.encounter, EncounterCoded.class);
        return correction == null ? current : correction.applyTo(current);
    }

    /** A claim the payer has decided, so it has a payer claim number to name; 409 otherwise. */
    private ClaimEntity decided(String id, String action) {
        ClaimEntity claim = find(id);
        if (!claim.status.adjudicated() || claim.payerClaimControlNumber == null) {
            throw new ApiProblemException(
                    409,
                    "Not decided by the payer",
                    "claim " + id + " is " + claim.status
                            + "; only a claim the payer paid, partly paid or denied is " + action
                            + " (a held or rejected claim is corrected with /resubmit)");
        }
        return claim;
    }

    public record AppealRequest(@NotBlank @Size(max = 2000) String reason) {}

    private static ClaimStatus statusOf(String status) {
        try {
            return ClaimStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.badRequest(
                    "status", "must be one of " + java.util.Arrays.toString(ClaimStatus.values()));
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim with its lines and status history")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimView get(@PathParam("id") String id) {
        return ClaimMapper.toView(find(id));
    }

    @GET
    @Path("/{id}/x12")
    @Produces(X12_MEDIA_TYPE)
    @Operation(summary = "The 837P interchange exactly as it was sent")
    @APIResponse(responseCode = "200", description = "The 837P interchange as sent")
    @APIResponse(
            responseCode = "404",
            description = "No such claim in the caller's practice, or not sent yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String x12(@PathParam("id") String id) {
        ClaimEntity claim = find(id);
        if (claim.interchangeId != null) {
            return interchanges.findById(claim.interchangeId).x12;
        }
        if (claim.x12 == null) {
            throw new ApiProblemException(404, "Not Found", "claim " + id + " has not been sent yet");
        }
        return claim.x12;
    }

    private ClaimEntity find(String id) {
        tenant.require();
        ClaimEntity claim = claims.findById(id);
        if (claim == null) {
            throw ApiProblemException.notFound("claim", id);
        }
        return claim;
    }
}
