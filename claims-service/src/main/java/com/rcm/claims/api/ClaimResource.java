package com.rcm.claims.api;

import com.rcm.claims.mapping.ClaimMapper;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder"})
@Transactional
public class ClaimResource {
    public static final String X12_MEDIA_TYPE = "application/edi-x12";

    private final ClaimRepository claims;
    private final CurrentTenant tenant;

    public ClaimResource(ClaimRepository claims, CurrentTenant tenant) {
        this.claims = claims;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "Claims of an encounter (or the 50 newest)")
    public List<ClaimView> list(@QueryParam("encounterId") String encounterId) {
        tenant.require();
        List<ClaimEntity> found = encounterId == null ? claims.recent(50) : claims.forEncounter(encounterId);
        return found.stream().map(ClaimMapper::toView).toList();
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
