package com.rcm.ops.service;

import com.rcm.events.EventType;
import com.rcm.events.payload.BalanceSettled;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimRejected;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.PatientPaymentReceived;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.ops.persistence.ReceivableRepository;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Accounts receivable as the events tell it: insurance A/R (claims a payer has not decided yet) and
 * patient A/R (what patients still owe after their payers paid), aged in the usual 30-day buckets.
 */
@ApplicationScoped
public class Receivables {
    private final ReceivableRepository receivables;

    public Receivables(ReceivableRepository receivables) {
        this.receivables = receivables;
    }

    /** Submitted, rejected and adjudicated claims move insurance A/R; posted, paid and settled ones patient A/R. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        OffsetDateTime at = event.envelope().time() != null ? event.envelope().time() : OffsetDateTime.now();
        String tenant = event.tenantId();
        EventType.ofType(event.type()).ifPresent(type -> {
            switch (type) {
                case CLAIM_SUBMITTED -> submitted(tenant, event.payloadAs(ClaimSubmitted.class), at);
                case CLAIM_REJECTED -> {
                    ClaimRejected rejected = event.payloadAs(ClaimRejected.class);
                    closed(tenant, rejected.claimId(), rejected.encounterId(), 0, at);
                }
                case CLAIM_ADJUDICATED -> {
                    ClaimAdjudicated decided = event.payloadAs(ClaimAdjudicated.class);
                    closed(tenant, decided.claimId(), decided.encounterId(), decided.chargeCents(), at);
                }
                case PAYMENT_POSTED -> posted(tenant, event.payloadAs(PaymentPosted.class), at);
                case PATIENT_PAYMENT_RECEIVED -> paid(tenant, event.payloadAs(PatientPaymentReceived.class));
                case BALANCE_SETTLED -> settled(tenant, event.payloadAs(BalanceSettled.class));
                default -> {}
            }
        });
    }

    private void submitted(String tenant, ClaimSubmitted claim, OffsetDateTime at) {
        receivables.submitted(
                tenant, claim.claimId(), claim.encounterId(), claim.payerId(), claim.totalChargeCents(), at);
    }

    private void closed(String tenant, String claimId, String encounterId, long chargeCents, OffsetDateTime at) {
        receivables.closed(tenant, claimId, encounterId, chargeCents, at);
    }

    /** A corrected payment after a reversal posts again: its patient share replaces the first one's. */
    private void posted(String tenant, PaymentPosted posting, OffsetDateTime at) {
        long owed = posting.patientResponsibility() == null
                ? 0
                : posting.patientResponsibility().totalCents();
        receivables.owed(
                tenant,
                posting.claimId(),
                posting.encounterId(),
                posting.patient().externalId(),
                Math.max(owed, 0),
                at);
    }

    /**
     * What a payment settled goes to the patient's oldest open charges first, as patient-billing applies
     * it. A guarantor paying for several patients may be applied across them there; each encounter's
     * BALANCE_SETTLED then closes it here, so the view can lag but not drift.
     */
    private void paid(String tenant, PatientPaymentReceived payment) {
        long left = payment.appliedCents();
        for (ReceivableRepository.OpenBalance open : receivables.lockOpenBalances(tenant, payment.patientId())) {
            if (left <= 0) {
                break;
            }
            long applied = Math.min(left, open.cents());
            receivables.paid(tenant, open.claimId(), applied);
            left -= applied;
        }
    }

    private void settled(String tenant, BalanceSettled settled) {
        receivables.settled(tenant, settled.encounterId());
    }

    public record Aging(List<ReceivableRepository.Bucket> insurance, List<ReceivableRepository.Bucket> patient) {}

    /** Open receivables aged by days since the claim was sent (insurance) or posted (patient); tenant null for all. */
    public Aging aging(String tenantId) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        return TenantContext.callAs(
                as,
                () -> QuarkusTransaction.requiringNew()
                        .call(() ->
                                new Aging(receivables.insuranceAging(tenantId), receivables.patientAging(tenantId))));
    }
}
