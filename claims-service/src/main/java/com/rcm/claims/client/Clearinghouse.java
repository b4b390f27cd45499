package com.rcm.claims.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Sends claims to the clearinghouse, riding out short outages; a long one fails the submission. */
@ApplicationScoped
public class Clearinghouse {
    private final ClearinghouseClient client;

    public Clearinghouse(@RestClient ClearinghouseClient client) {
        this.client = client;
    }

    @Retry(maxRetries = 3, delay = 200, jitter = 100)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ClearinghouseClient.SubmissionReceipt submit(String interchange) {
        return client.submit(interchange);
    }
}
