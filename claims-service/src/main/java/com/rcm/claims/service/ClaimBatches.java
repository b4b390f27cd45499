package com.rcm.claims.service;

import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.SubmissionQueue;
import com.rcm.platform.scheduling.ArrivalWindow;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes each practice's waiting clean claims into one 837P batch (at most {@code
 * claims.batch.max-claims} claims) and keeps it, then sends every kept interchange the clearinghouse
 * has not answered yet, each in its own transaction: an interchange that fails to go is sent again,
 * unchanged, by the next run. A run starts {@code claims.batch.window} after a claim is queued (the
 * claims queued meanwhile go in the same batch), and every {@code claims.batch.interval} for what
 * another instance or a crash left waiting.
 */
@ApplicationScoped
public class ClaimBatches {
    /** The scheduler job's identity, so tests and operators can pause and resume it. */
    public static final String JOB = "claim-batches";

    private static final Logger LOG = Logger.getLogger(ClaimBatches.class);

    private final SubmissionQueue queue;
    private final ClaimRepository claims;
    private final ClaimSubmission submission;
    private final ClaimBatchWriter writer;
    private final ClaimSender sender;
    private final int maxClaims;
    private final Duration window;
    private final Scheduler scheduler;
    private ArrivalWindow arrivals;

    public ClaimBatches(
            SubmissionQueue queue,
            ClaimRepository claims,
            ClaimSubmission submission,
            ClaimBatchWriter writer,
            ClaimSender sender,
            @ConfigProperty(name = "claims.batch.max-claims", defaultValue = "100") int maxClaims,
            @ConfigProperty(name = "claims.batch.window", defaultValue = "1s") Duration window,
            Scheduler scheduler) {
        this.queue = queue;
        this.claims = claims;
        this.submission = submission;
        this.writer = writer;
        this.sender = sender;
        this.maxClaims = maxClaims;
        this.window = window;
        this.scheduler = scheduler;
    }

    void start(@Observes StartupEvent event) {
        arrivals = ArrivalWindow.forScheduledJob(scheduler, JOB, window, this::sendWaitingClaims);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (arrivals != null) {
            arrivals.stop();
        }
    }

    void claimQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionQueue.Queued queued) {
        if (arrivals != null) {
            arrivals.arrived();
        }
    }

    @Scheduled(
            identity = JOB,
            every = "${claims.batch.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void sendWaitingClaims() {
        List<String> tenants = QuarkusTransaction.requiringNew().call(queue::tenantsWaiting);
        for (String tenant : tenants) {
            try {
                TenantContext.runAs(tenant, () -> {
                    // Written and kept first, then sent: a send repeated after a crash is the same interchange.
                    QuarkusTransaction.requiringNew().run(() -> writeBatch(tenant));
                    for (String interchange :
                            QuarkusTransaction.requiringNew().call(() -> queue.interchangesWaiting(tenant))) {
                        QuarkusTransaction.requiringNew()
                                .run(() -> sender.send(tenant, submission.billingProvider(tenant), interchange));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf("the batch of %s was not sent and waits for the next run: %s", tenant, e.getMessage());
            }
        }
    }

    private void writeBatch(String tenant) {
        List<String> taken = queue.unwritten(tenant, maxClaims);
        List<ClaimEntity> ready = claims.byIds(taken).stream()
                .filter(claim -> claim.status == ClaimStatus.READY)
                .toList();
        if (!ready.isEmpty()) {
            writer.write(tenant, submission.billingProvider(tenant), ready);
        }
        queue.removeUnwritten(taken);
    }
}
