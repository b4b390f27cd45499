package com.rcm.ops.service;

import com.rcm.events.payload.RemittanceReceived;
import com.rcm.ops.persistence.RemittanceRepository;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** How often each payer's 835s stray from the implementation guide: payments received, and with warnings. */
@ApplicationScoped
public class RemittanceQuality {
    private final RemittanceRepository remittances;

    public RemittanceQuality(RemittanceRepository remittances) {
        this.remittances = remittances;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InboundEvent event) {
        RemittanceReceived received = event.payloadAs(RemittanceReceived.class);
        OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
        remittances.keep(
                event.envelope().id(),
                event.tenantId(),
                received.remittanceId(),
                received.payerId() == null ? "" : received.payerId(),
                received.warnings(),
                at);
    }

    /** The last {@code days} days per practice and payer, most warned first; {@code tenantId} null for all. */
    public List<RemittanceRepository.PayerFiles> byPayer(String tenantId, int days) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        OffsetDateTime since = OffsetDateTime.now().minusDays(days);
        return TenantContext.callAs(
                as, () -> QuarkusTransaction.requiringNew().call(() -> remittances.byPayer(tenantId, since)));
    }
}
