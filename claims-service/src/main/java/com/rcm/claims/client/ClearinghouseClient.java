package com.rcm.claims.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The clearinghouse's submission endpoint: takes an 837P interchange, answers a receipt. */
@RegisterRestClient(configKey = "clearinghouse")
@Path("/v1/submissions")
public interface ClearinghouseClient {

    @POST
    @Consumes("application/edi-x12")
    @Produces(MediaType.APPLICATION_JSON)
    SubmissionReceipt submit(String interchange);

    /** The receipt, with the 999 and 277CA when the clearinghouse answers them at once (null otherwise). */
    record SubmissionReceipt(String submissionId, String status, String ack999, String ack277ca) {}
}
