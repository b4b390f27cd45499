package com.rcm.clearinghouse.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The billing company's ERA endpoint in payments-service. Every call carries the simulator's own
 * client-credentials token (quarkus.oidc-client in application.properties), fetched and renewed by
 * the OIDC client filter.
 */
@RegisterRestClient(configKey = "payments")
@OidcClientFilter
@Path("/v1/clearinghouse/remittances")
public interface PaymentsClient {

    @POST
    @Consumes("application/edi-x12")
    @Produces(MediaType.APPLICATION_JSON)
    String deliver(String remittance);
}
