package com.rcm.patientbilling.service;

import com.rcm.patientbilling.domain.BillingPolicy;
import com.rcm.patientbilling.persistence.AwaitedPayerRepository;
import com.rcm.patientbilling.persistence.BillingCycleRuns;
import com.rcm.patientbilling.persistence.GuarantorRepository;
import com.rcm.patientbilling.persistence.PaymentPlanEntity;
import com.rcm.patientbilling.persistence.PaymentPlanRepository;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A practice's billing cycle for one day: payment plans are reviewed (missed installments, defaults,
 * completions), patient shares whose next payer did not decide in time are billed, then every guarantor who owes gets what the practice's policy says is due (next
 * notice, collections flag, small-balance write-off). It runs once a day per practice, and on demand.
 * Each guarantor is its own transaction: one that fails is logged and retried on the next run.
 */
@ApplicationScoped
public class BillingCycle {
    private static final Logger LOG = Logger.getLogger(BillingCycle.class);

    private final BillingCycleRuns runs;
    private final BillingPolicies policies;
    private final GuarantorRepository guarantors;
    private final PaymentPlanRepository plans;
    private final PaymentPlans paymentPlans;
    private final GuarantorBooks books;
    private final GuarantorNotices notices;
    private final AwaitedPayerRepository awaitedPayers;
    private final NextPayerWaits nextPayerWaits;

    public BillingCycle(
            BillingCycleRuns runs,
            BillingPolicies policies,
            GuarantorRepository guarantors,
            PaymentPlanRepository plans,
            PaymentPlans paymentPlans,
            GuarantorBooks books,
            GuarantorNotices notices,
            AwaitedPayerRepository awaitedPayers,
            NextPayerWaits nextPayerWaits) {
        this.runs = runs;
        this.policies = policies;
        this.guarantors = guarantors;
        this.plans = plans;
        this.paymentPlans = paymentPlans;
        this.books = books;
        this.notices = notices;
        this.awaitedPayers = awaitedPayers;
        this.nextPayerWaits = nextPayerWaits;
    }

    /** What one run did, counted. */
    /** @param sharesBilledAfterWaiting patient shares billed because the next payer had not decided in time */
    public record Summary(
            String tenantId,
            LocalDate asOf,
            Map<GuarantorNotices.Outcome, Integer> guarantors,
            Map<PaymentPlans.Review, Integer> plans,
            int sharesBilledAfterWaiting,
            int failures) {}

    @Scheduled(
            identity = "billing-cycle",
            every = "${patient-billing.cycle.check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runDueCycles() {
        LocalDate today = LocalDate.now();
        for (String tenant : QuarkusTransaction.requiringNew().call(() -> runs.dueOn(today))) {
            Summary summary = run(tenant, today);
            QuarkusTransaction.requiringNew().run(() -> runs.ranOn(tenant, today));
            LOG.infof(
                    "billing cycle of %s for %s: %s guarantors, %s plans, %d shares billed after waiting, %d failed",
                    tenant,
                    today,
                    summary.guarantors(),
                    summary.plans(),
                    summary.sharesBilledAfterWaiting(),
                    summary.failures());
        }
    }

    public Summary run(String tenantId, LocalDate asOf) {
        return TenantContext.callAs(tenantId, () -> {
            BillingPolicy policy = QuarkusTransaction.requiringNew().call(() -> policies.of(tenantId));
            Map<PaymentPlans.Review, Integer> planCounts = new EnumMap<>(PaymentPlans.Review.class);
            Map<GuarantorNotices.Outcome, Integer> guarantorCounts = new EnumMap<>(GuarantorNotices.Outcome.class);
            int failures = 0;
            List<String> planIds = QuarkusTransaction.requiringNew()
                    .call(() -> plans.active().stream().map(p -> p.id).toList());
            for (String planId : planIds) {
                try {
                    PaymentPlans.Review review =
                            QuarkusTransaction.requiringNew().call(() -> reviewPlan(planId, asOf, policy));
                    planCounts.merge(review, 1, Integer::sum);
                } catch (RuntimeException e) {
                    failures++;
                    LOG.warnf(
                            "plan %s of %s was not reviewed and waits for the next run: %s",
                            planId, tenantId, e.getMessage());
                }
            }
            int billedAfterWaiting = 0;
            for (String waitId : QuarkusTransaction.requiringNew().call(() -> awaitedPayers.overdueBy(asOf))) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> nextPayerWaits.billOverdue(waitId))) {
                        billedAfterWaiting++;
                    }
                } catch (RuntimeException e) {
                    failures++;
                    LOG.warnf(
                            "a share of %s waiting for a next payer was not billed and waits for the next run: %s",
                            tenantId, e.getMessage());
                }
            }
            for (String key : QuarkusTransaction.requiringNew().call(guarantors::allKeys)) {
                try {
                    GuarantorNotices.Outcome outcome =
                            QuarkusTransaction.requiringNew().call(() -> notices.onCycle(key, asOf, policy));
                    guarantorCounts.merge(outcome, 1, Integer::sum);
                } catch (RuntimeException e) {
                    failures++;
                    LOG.warnf(
                            "a guarantor of %s was not reviewed and waits for the next run: %s",
                            tenantId, e.getMessage());
                }
            }
            return new Summary(tenantId, asOf, guarantorCounts, planCounts, billedAfterWaiting, failures);
        });
    }

    private PaymentPlans.Review reviewPlan(String planId, LocalDate asOf, BillingPolicy policy) {
        PaymentPlanEntity plan = plans.findById(planId);
        GuarantorBook book = books.lock(plan.guarantorKey).orElseThrow();
        plans.getEntityManager().refresh(plan);
        if (plan.status != PaymentPlanEntity.Status.ACTIVE) {
            return PaymentPlans.Review.ON_TRACK;
        }
        PaymentPlans.Review review = paymentPlans.review(plan, book, asOf);
        if (review == PaymentPlans.Review.DEFAULTED) {
            notices.resumeStatements(book, asOf, policy);
        }
        return review;
    }
}
