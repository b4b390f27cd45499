package com.rcm.claims.service;

import com.rcm.claims.persistence.CrossoverWaits;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Bills the next payer directly when a payer said it forwarded a claim (a crossover) and the next
 * payer's 835 did not follow by the follow-up date: a crossover that never arrived must not leave the
 * secondary's share unbilled.
 */
@ApplicationScoped
public class CrossoverFollowUps {
    public static final String JOB = "crossover-follow-ups";
    private static final Logger LOG = Logger.getLogger(CrossoverFollowUps.class);
    private static final int PER_RUN = 100;

    private final CrossoverWaits waits;
    private final NextPayerClaims nextPayerClaims;

    public CrossoverFollowUps(CrossoverWaits waits, NextPayerClaims nextPayerClaims) {
        this.waits = waits;
        this.nextPayerClaims = nextPayerClaims;
    }

    @Scheduled(
            identity = JOB,
            every = "${claims.crossover.check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followUp() {
        billOverdue(OffsetDateTime.now());
    }

    /** Bills the next payer of every crossover due by {@code now}; answers how many claims were built. */
    public int billOverdue(OffsetDateTime now) {
        int billed = 0;
        for (String tenant : QuarkusTransaction.requiringNew().call(() -> waits.tenantsDue(now))) {
            billed += TenantContext.callAs(tenant, () -> {
                int built = 0;
                for (String claimId : QuarkusTransaction.requiringNew().call(() -> waits.due(tenant, now, PER_RUN))) {
                    try {
                        if (QuarkusTransaction.requiringNew().call(() -> nextPayerClaims.crossoverOverdue(claimId))) {
                            built++;
                        }
                    } catch (RuntimeException e) {
                        LOG.warnf(
                                "crossover follow-up of claim %s of %s waits for the next run: %s",
                                claimId, tenant, e.getMessage());
                    }
                }
                return built;
            });
        }
        return billed;
    }
}
