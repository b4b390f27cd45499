package com.rcm.ops.service;

import com.rcm.events.payload.ClaimRejected;
import com.rcm.ops.persistence.RejectionRepository;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Claims the clearinghouse sent back (999 or 277CA) before any payer saw them, with the reasons it gave. */
@ApplicationScoped
public class Rejections {
    private final RejectionRepository rejections;

    public Rejections(RejectionRepository rejections) {
        this.rejections = rejections;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InboundEvent event) {
        ClaimRejected rejected = event.payloadAs(ClaimRejected.class);
        OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
        rejections.keep(
                event.envelope().id(),
                new RejectionRepository.Rejection(
                        event.tenantId(),
                        rejected.claimId(),
                        rejected.encounterId(),
                        rejected.patientControlNumber(),
                        rejected.acknowledgement(),
                        rejected.reasons() == null ? "" : String.join("; ", rejected.reasons()),
                        at));
    }

    /** Rejections of the last {@code days} days, newest first; {@code tenantId} null for every practice. */
    public List<RejectionRepository.Rejection> recent(String tenantId, int days, int limit) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        return TenantContext.callAs(
                as,
                () -> QuarkusTransaction.requiringNew()
                        .call(() ->
                                rejections.since(tenantId, OffsetDateTime.now().minusDays(days), limit)));
    }
}
