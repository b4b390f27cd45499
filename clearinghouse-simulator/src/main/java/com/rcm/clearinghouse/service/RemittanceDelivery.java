package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.client.PaymentsClient;
import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.persistence.RemittanceStore;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends each owed 835 to payments-service once its delay has passed (and a crossover's once the
 * primary payer's went out), retrying with backoff until it is taken. A 409 means payments already
 * has that remittance, which counts as delivered.
 */
@ApplicationScoped
public class RemittanceDelivery {
    private static final Logger LOG = Logger.getLogger(RemittanceDelivery.class);

    private final RemittanceStore store;
    private final PaymentsClient payments;
    private final boolean enabled;

    public RemittanceDelivery(RemittanceStore store, @RestClient PaymentsClient payments, SimulatorConfig config) {
        this.store = store;
        this.payments = payments;
        this.enabled = config.deliveryEnabled();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() throws Exception {
        if (enabled) {
            store.forEachDue(50, this::deliver);
        }
    }

    private String deliver(RemittanceStore.OwedRemittance remittance) {
        try {
            payments.deliver(remittance.interchange());
            return null;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                return null;
            }
            LOG.warnf(
                    "payments refused the 835 %s of submission %s: HTTP %d",
                    remittance.id(), remittance.submissionId(), e.getResponse().getStatus());
            return "HTTP " + e.getResponse().getStatus();
        } catch (Exception e) {
            LOG.warnf(
                    "could not deliver the 835 %s of submission %s: %s",
                    remittance.id(), remittance.submissionId(), e.getMessage());
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
