package com.rcm.patientbilling.service;

import com.rcm.patientbilling.config.PatientBillingConfig;
import com.rcm.patientbilling.domain.BillingPolicy;
import com.rcm.patientbilling.persistence.StatementQueue;
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
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code patient-billing.statements.window} after a guarantor is queued (and every {@code
 * patient-billing.statements.interval}, for what another instance or a crash left), each guarantor
 * with new charges gets one
 * statement of everything they owe, however many claim payments were posted for their family since
 * the last batch. A practice's waiting guarantors are issued together, up to
 * {@link #PER_TRANSACTION} in one transaction; when that fails, each half is tried again, down to
 * the one guarantor whose statement fails, who goes to the back of the queue while the rest commit.
 */
@ApplicationScoped
public class StatementBatches {
    /** The scheduler job's identity, so tests and operators can pause and resume it. */
    public static final String JOB = "statement-batches";

    /** Statements one transaction commits: one commit for many, a persistence context that stays small. */
    static final int PER_TRANSACTION = 50;

    private static final Logger LOG = Logger.getLogger(StatementBatches.class);

    private final StatementQueue queue;
    private final BillingPolicies policies;
    private final GuarantorNotices notices;
    private final int maxGuarantors;
    private final Duration window;
    private final Scheduler scheduler;
    private ArrivalWindow arrivals;

    public StatementBatches(
            StatementQueue queue,
            BillingPolicies policies,
            GuarantorNotices notices,
            PatientBillingConfig config,
            Scheduler scheduler) {
        this.queue = queue;
        this.policies = policies;
        this.notices = notices;
        this.maxGuarantors = config.statements().maxPerBatch();
        this.window = config.statements().window();
        this.scheduler = scheduler;
    }

    void start(@Observes StartupEvent event) {
        arrivals = ArrivalWindow.forScheduledJob(scheduler, JOB, window, this::issueWaitingStatements);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (arrivals != null) {
            arrivals.stop();
        }
    }

    void guarantorQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementQueue.Queued queued) {
        if (arrivals != null) {
            arrivals.arrived();
        }
    }

    @Scheduled(
            identity = JOB,
            every = "${patient-billing.statements.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void issueWaitingStatements() {
        for (String tenant : QuarkusTransaction.requiringNew().call(queue::tenantsWaiting)) {
            TenantContext.runAs(tenant, () -> issueFor(tenant));
        }
    }

    private void issueFor(String tenant) {
        LocalDate today = LocalDate.now();
        BillingPolicy policy = QuarkusTransaction.requiringNew().call(() -> policies.of(tenant));
        List<String> waiting = QuarkusTransaction.requiringNew().call(() -> queue.waiting(tenant, maxGuarantors));
        for (int from = 0; from < waiting.size(); from += PER_TRANSACTION) {
            issue(tenant, waiting.subList(from, Math.min(waiting.size(), from + PER_TRANSACTION)), today, policy);
        }
    }

    private void issue(String tenant, List<String> guarantorKeys, LocalDate today, BillingPolicy policy) {
        try {
            // Taken off the queue in the statements' own transaction: a crash before commit leaves them queued.
            QuarkusTransaction.requiringNew().run(() -> {
                for (String guarantorKey : guarantorKeys) {
                    queue.take(tenant, guarantorKey)
                            .ifPresent(taken -> notices.onNewCharges(guarantorKey, today, policy, taken.cause()));
                }
            });
        } catch (RuntimeException e) {
            if (guarantorKeys.size() > 1) {
                int half = guarantorKeys.size() / 2;
                issue(tenant, guarantorKeys.subList(0, half), today, policy);
                issue(tenant, guarantorKeys.subList(half, guarantorKeys.size()), today, policy);
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> queue.moveToBack(tenant, guarantorKeys.get(0)));
            LOG.warnf("a statement of %s was not issued and waits for the next batch: %s", tenant, e.getMessage());
        }
    }
}
