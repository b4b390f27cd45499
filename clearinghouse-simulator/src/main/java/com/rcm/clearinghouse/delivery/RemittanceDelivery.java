package com.rcm.clearinghouse.delivery;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends each owed 835 to payments-service once its delay has passed, retrying with backoff until it
 * is taken. A 409 means payments already has that remittance, which counts as delivered.
 */
@ApplicationScoped
public class RemittanceDelivery {
    private static final Logger LOG = Logger.getLogger(RemittanceDelivery.class);

    private final SubmissionStore store;
    private final PaymentsClient payments;
    private final ClientCredentials credentials;
    private final boolean enabled;

    public RemittanceDelivery(SubmissionStore store, @RestClient PaymentsClient payments, ClientCredentials credentials,
            SimulatorConfig config) {
        this.store = store;
        this.payments = payments;
        this.credentials = credentials;
        this.enabled = config.deliveryEnabled();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() throws Exception {
        if (enabled) {
            store.forEachDue(50, this::deliver);
        }
    }

    private String deliver(SubmissionStore.Submission submission) {
        if (submission.remittance() == null) {
            return null; // rejected submissions owe no remittance
        }
        try {
            payments.deliver(credentials.bearer(), submission.remittance());
            return null;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                return null;
            }
            LOG.warnf("payments refused the 835 of submission %s: HTTP %d", submission.id(), e.getResponse().getStatus());
            return "HTTP " + e.getResponse().getStatus();
        } catch (Exception e) {
            LOG.warnf("could not deliver the 835 of submission %s: %s", submission.id(), e.getMessage());
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
