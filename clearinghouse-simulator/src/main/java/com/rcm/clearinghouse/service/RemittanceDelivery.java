package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.client.PaymentsClient;
import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.persistence.RemittanceStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends each owed 835 to payments-service once its delay has passed (and a crossover's once the
 * primary payer's went out), retrying with backoff until it is taken. A 409 means payments already
 * has that remittance, which counts as delivered. A delivery run starts one remittance delay after an
 * 835 is owed, and every second for retries and what a restart left.
 */
@ApplicationScoped
public class RemittanceDelivery {
    private static final Logger LOG = Logger.getLogger(RemittanceDelivery.class);

    private final RemittanceStore store;
    private final PaymentsClient payments;
    private final boolean enabled;
    private final Duration delay;
    // The simulator stands apart from the platform's libraries, as a real clearinghouse would.
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "remittance-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean runPending = new AtomicBoolean();

    public RemittanceDelivery(RemittanceStore store, @RestClient PaymentsClient payments, SimulatorConfig config) {
        this.store = store;
        this.payments = payments;
        this.enabled = config.deliveryEnabled();
        this.delay = config.remittanceDelay();
    }

    void stop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
    }

    /** An 835 owed: one run, a delay later, for it and every other owed meanwhile. */
    void owed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RemittanceStore.Owed owed) {
        if (runPending.compareAndSet(false, true)) {
            timer.schedule(
                    () -> {
                        runPending.set(false);
                        try {
                            deliverDue();
                        } catch (SQLException | RuntimeException e) {
                            LOG.warnf("a delivery run failed; the next one retries: %s", e.getMessage());
                        }
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void deliverDue() throws SQLException {
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
