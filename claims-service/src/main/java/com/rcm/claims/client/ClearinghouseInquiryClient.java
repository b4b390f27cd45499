package com.rcm.claims.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The clearinghouse's real-time inquiries: a 270 answered with a 271, a 276 with a 277. */
@RegisterRestClient(configKey = "clearinghouse")
@Path("/v1")
@Consumes("application/edi-x12")
@Produces("application/edi-x12")
public interface ClearinghouseInquiryClient {

    @POST
    @Path("/eligibility")
    String eligibility(String x270);

    @POST
    @Path("/claim-status")
    String claimStatus(String x276);
}
