package com.rcm.ops.service;

import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.ops.persistence.DenialRepository;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Denials as payers sent them, summed by reason (CARC) and by payer for the denial views. */
@ApplicationScoped
public class Denials {
    private final DenialRepository denials;

    public Denials(DenialRepository denials) {
        this.denials = denials;
    }

    /** The main reason is the adjustment that took the most money. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InboundEvent event) {
        ClaimDenied denied = event.payloadAs(ClaimDenied.class);
        List<Adjustment> reasons = denied.adjustments() == null ? List.of() : denied.adjustments();
        String main = reasons.stream()
                .max(Comparator.comparingLong(Adjustment::amountCents))
                .map(Denials::reasonOf)
                .orElse("unknown");
        OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
        denials.keep(new DenialRepository.Denial(
                event.envelope().id(),
                event.tenantId(),
                denied.claimId(),
                denied.encounterId(),
                denied.payerId(),
                main,
                reasons.stream().map(Denials::reasonOf).distinct().collect(Collectors.joining(",")),
                denied.chargeCents(),
                at));
    }

    public record Summary(List<DenialRepository.Total> byReason, List<DenialRepository.Total> byPayer) {}

    /** Denials of the last {@code days} days by main reason and by payer; {@code tenantId} null for every practice. */
    public Summary summary(String tenantId, int days) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        OffsetDateTime since = OffsetDateTime.now().minusDays(days);
        return TenantContext.callAs(
                as,
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> new Summary(denials.byReason(tenantId, since), denials.byPayer(tenantId, since))));
    }

    private static String reasonOf(Adjustment a) {
        return a.groupCode() + "-" + a.carc();
    }
}
