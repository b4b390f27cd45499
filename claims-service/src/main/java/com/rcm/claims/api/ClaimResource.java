package com.rcm.claims.api;

import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.mapping.ClaimMapper;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.service.ClaimSubmission;
import com.rcm.events.EventJson;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder"})
@Transactional
public class ClaimResource {
    public static final String X12_MEDIA_TYPE = "application/edi-x12";

    private final ClaimRepository claims;
    private final ClaimSubmission submission;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public ClaimResource(ClaimRepository claims, ClaimSubmission submission, CurrentTenant tenant,
            SecurityIdentity identity) {
        this.claims = claims;
        this.submission = submission;
        this.tenant = tenant;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Claims of an encounter, the biller's queue of one status (HELD: the scrubber's "
            + "findings on each, oldest first), or the 50 newest")
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
    @Operation(summary = "Correct a held or rejected claim and submit it again, in one call",
            description = "Applies the corrections given (payer and member id, rendering NPI, patient address, line "
                    + "modifiers, units, pointers or charges), prices and scrubs the claim again, and submits it "
                    + "when it passes; otherwise it stays HELD with the new findings. Only HELD or REJECTED claims (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "add modifier 25", value = """
            {"lines": [{"lineNumber": 1, "modifiers": ["25"]}]}""")))
    public ClaimView resubmit(@PathParam("id") String id, @Valid ClaimCorrection correction) {
        ClaimEntity claim = find(id);
        if (claim.status != ClaimStatus.HELD && claim.status != ClaimStatus.REJECTED) {
            throw new ApiProblemException(409, "Not held or rejected", "claim " + id + " is " + claim.status
                    + "; only a HELD or REJECTED claim is corrected and resubmitted here");
        }
        EncounterCoded current = EventJson.read(claim.encounter, EncounterCoded.class);
        EncounterCoded corrected = correction == null ? current : correction.applyTo(current);
        return ClaimMapper.toView(submission.resubmit(claim, corrected, identity.getPrincipal().getName()));
    }

    private static ClaimStatus statusOf(String status) {
        try {
            return ClaimStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.badRequest("status", "must be one of " + java.util.Arrays.toString(ClaimStatus.values()));
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim with its lines and status history")
    public ClaimView get(@PathParam("id") String id) {
        return ClaimMapper.toView(find(id));
    }

    @GET
    @Path("/{id}/x12")
    @Produces(X12_MEDIA_TYPE)
    @Operation(summary = "The 837P interchange exactly as it was sent")
    public String x12(@PathParam("id") String id) {
        ClaimEntity claim = find(id);
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
