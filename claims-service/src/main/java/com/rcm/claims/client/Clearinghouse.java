package com.rcm.claims.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Sends claims and real-time inquiries to the clearinghouse, riding out short outages; a long one fails
 * the submission or the inquiry. The caller's transaction is suspended for the call: the REST client
 * carries the thread's context to its event loop, and a transaction seen there when the call fails could
 * not be rolled back, leaving its connection to commit half of it later (ADR 21).
 */
@ApplicationScoped
public class Clearinghouse {
    private final ClearinghouseClient client;
    private final ClearinghouseInquiryClient inquiries;

    public Clearinghouse(@RestClient ClearinghouseClient client, @RestClient ClearinghouseInquiryClient inquiries) {
        this.client = client;
        this.inquiries = inquiries;
    }

    @Retry(maxRetries = 3, delay = 200, jitter = 100)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ClearinghouseClient.SubmissionReceipt submit(String interchange) {
        return client.submit(interchange);
    }

    /** A 270, answered at once with a 271. */
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String eligibility(String x270) {
        return inquiries.eligibility(x270);
    }

    /** A 276, answered at once with a 277. */
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String claimStatus(String x276) {
        return inquiries.claimStatus(x276);
    }
}
