package com.rcm.clearinghouse.api;

import com.rcm.clearinghouse.service.PayerClaimStatus;
import com.rcm.clearinghouse.service.PayerEligibility;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.claimstatus.ClaimStatusReader;
import com.rcm.x12.eligibility.EligibilityReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Real-time inquiries, answered in the response: a 270 with a 271, a 276 with a 277. */
@Path("/v1")
@Consumes({"application/edi-x12", MediaType.TEXT_PLAIN})
@Produces("application/edi-x12")
public class InquiryResource {
    private final PayerEligibility eligibility;
    private final PayerClaimStatus claimStatus;

    public InquiryResource(PayerEligibility eligibility, PayerClaimStatus claimStatus) {
        this.eligibility = eligibility;
        this.claimStatus = claimStatus;
    }

    @POST
    @Path("/eligibility")
    @APIResponse(responseCode = "200", description = "The 271")
    @APIResponse(
            responseCode = "400",
            description = "The 270 cannot be read",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = SubmissionResource.Rejection.class)))
    public String eligibility(String x270) throws SQLException {
        return eligibility.answer(EligibilityReader.readInquiry(x270));
    }

    @POST
    @Path("/claim-status")
    @APIResponse(responseCode = "200", description = "The 277")
    @APIResponse(
            responseCode = "400",
            description = "The 276 cannot be read",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = SubmissionResource.Rejection.class)))
    public String claimStatus(String x276) throws SQLException {
        return claimStatus.answer(ClaimStatusReader.readInquiry(x276));
    }

    @ServerExceptionMapper
    public Response rejected(InvalidX12Exception e) {
        return Response.status(400)
                .type("application/problem+json")
                .entity(new SubmissionResource.Rejection("Rejected inquiry", 400, e.errors()))
                .build();
    }
}
