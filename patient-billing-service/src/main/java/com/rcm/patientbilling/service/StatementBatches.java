package com.rcm.patientbilling.service;

import com.rcm.patientbilling.config.PatientBillingConfig;
import com.rcm.patientbilling.domain.BillingPolicy;
import com.rcm.patientbilling.persistence.StatementQueue;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Every {@code patient-billing.statements.interval}, each guarantor with new charges gets one
 * statement of everything they owe, however many claim payments were posted for their family since
 * the last batch. One guarantor per transaction: a failure leaves that guarantor queued.
 */
@ApplicationScoped
public class StatementBatches {
    /** The scheduler job's identity, so tests and operators can pause and resume it. */
    public static final String JOB = "statement-batches";

    private static final Logger LOG = Logger.getLogger(StatementBatches.class);

    private final StatementQueue queue;
    private final BillingPolicies policies;
    private final GuarantorNotices notices;
    private final int maxGuarantors;

    public StatementBatches(
            StatementQueue queue, BillingPolicies policies, GuarantorNotices notices, PatientBillingConfig config) {
        this.queue = queue;
        this.policies = policies;
        this.notices = notices;
        this.maxGuarantors = config.statements().maxPerBatch();
    }

    @Scheduled(
            identity = JOB,
            every = "${patient-billing.statements.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void issueWaitingStatements() {
        for (String tenant : QuarkusTransaction.requiringNew().call(queue::tenantsWaiting)) {
            TenantContext.runAs(tenant, () -> issueFor(tenant));
        }
    }

    private void issueFor(String tenant) {
        LocalDate today = LocalDate.now();
        BillingPolicy policy = QuarkusTransaction.requiringNew().call(() -> policies.of(tenant));
        for (String guarantorKey : QuarkusTransaction.requiringNew().call(() -> queue.waiting(tenant, maxGuarantors))) {
            try {
                // Taken off the queue in the statement's own transaction: a crash before commit leaves it queued.
                QuarkusTransaction.requiringNew()
                        .run(() -> queue.take(tenant, guarantorKey)
                                .ifPresent(taken -> notices.onNewCharges(guarantorKey, today, policy, taken.cause())));
            } catch (RuntimeException e) {
                QuarkusTransaction.requiringNew().run(() -> queue.moveToBack(tenant, guarantorKey));
                LOG.warnf("a statement of %s was not issued and waits for the next batch: %s", tenant, e.getMessage());
            }
        }
    }
}
