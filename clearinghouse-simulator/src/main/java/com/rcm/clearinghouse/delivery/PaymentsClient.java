package com.rcm.clearinghouse.delivery;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The billing company's ERA endpoint in payments-service. */
@RegisterRestClient(configKey = "payments")
@Path("/v1/clearinghouse/remittances")
public interface PaymentsClient {

    @POST
    @Consumes("application/edi-x12")
    @Produces(MediaType.APPLICATION_JSON)
    String deliver(@HeaderParam("Authorization") String authorization, String remittance);
}
