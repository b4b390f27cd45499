package com.rcm.ops.service;

import com.rcm.events.EventType;
import com.rcm.events.payload.BalanceSettled;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimRejected;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.PatientPaymentReceived;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.platform.messaging.InboundEvent;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Accounts receivable as the events tell it: insurance A/R (claims a payer has not decided yet) and
 * patient A/R (what patients still owe after their payers paid), aged in the usual 30-day buckets.
 */
@ApplicationScoped
public class Receivables {
    /** Aging buckets by days outstanding: 0-30, 31-60, 61-90, 91-120, over 120. */
    static final String BUCKET = """
            CASE WHEN age <= 30 THEN '0-30' WHEN age <= 60 THEN '31-60' WHEN age <= 90 THEN '61-90'
                 WHEN age <= 120 THEN '91-120' ELSE '120+' END""";

    private final EntityManager em;

    public Receivables(EntityManager em) {
        this.em = em;
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
                default -> {
                }
            }
        });
    }

    private void submitted(String tenant, ClaimSubmitted claim, OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO insurance_receivable AS r (tenant_id, claim_id, encounter_id, payer_id, charge_cents,
                                                       submitted_at, open, state_at)
                VALUES (:tenant, :claim, :encounter, :payer, :charge, :at, true, :at)
                ON CONFLICT (tenant_id, claim_id) DO UPDATE
                   SET payer_id = excluded.payer_id, charge_cents = excluded.charge_cents,
                       submitted_at = excluded.submitted_at, open = true, state_at = excluded.state_at
                 WHERE r.state_at <= excluded.state_at""")
                .setParameter("tenant", tenant).setParameter("claim", claim.claimId())
                .setParameter("encounter", claim.encounterId()).setParameter("payer", claim.payerId())
                .setParameter("charge", claim.totalChargeCents()).setParameter("at", at).executeUpdate();
    }

    private void closed(String tenant, String claimId, String encounterId, long chargeCents, OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO insurance_receivable AS r (tenant_id, claim_id, encounter_id, charge_cents, open, state_at)
                VALUES (:tenant, :claim, :encounter, :charge, false, :at)
                ON CONFLICT (tenant_id, claim_id) DO UPDATE SET open = false, state_at = excluded.state_at
                 WHERE r.state_at <= excluded.state_at""")
                .setParameter("tenant", tenant).setParameter("claim", claimId).setParameter("encounter", encounterId)
                .setParameter("charge", chargeCents).setParameter("at", at).executeUpdate();
    }

    /** A corrected payment after a reversal posts again: its patient share replaces the first one's. */
    private void posted(String tenant, PaymentPosted posting, OffsetDateTime at) {
        long owed = posting.patientResponsibility() == null ? 0 : posting.patientResponsibility().totalCents();
        em.createNativeQuery("""
                INSERT INTO patient_receivable (tenant_id, claim_id, encounter_id, patient_id, owed_cents, opened_at)
                VALUES (:tenant, :claim, :encounter, :patient, :owed, :at)
                ON CONFLICT (tenant_id, claim_id) DO UPDATE SET owed_cents = excluded.owed_cents""")
                .setParameter("tenant", tenant).setParameter("claim", posting.claimId())
                .setParameter("encounter", posting.encounterId())
                .setParameter("patient", posting.patient().externalId()).setParameter("owed", Math.max(owed, 0))
                .setParameter("at", at).executeUpdate();
    }

    /**
     * What a payment settled goes to the patient's oldest open charges first, as patient-billing applies
     * it. A guarantor paying for several patients may be applied across them there; each encounter's
     * BALANCE_SETTLED then closes it here, so the view can lag but not drift.
     */
    @SuppressWarnings("unchecked")
    private void paid(String tenant, PatientPaymentReceived payment) {
        long left = payment.appliedCents();
        List<Object[]> open = em.createNativeQuery("""
                SELECT claim_id, owed_cents - paid_cents FROM patient_receivable
                 WHERE tenant_id = :tenant AND patient_id = :patient AND paid_cents < owed_cents
                 ORDER BY opened_at, claim_id FOR UPDATE""")
                .setParameter("tenant", tenant).setParameter("patient", payment.patientId()).getResultList();
        for (Object[] row : open) {
            if (left <= 0) {
                break;
            }
            long applied = Math.min(left, ((Number) row[1]).longValue());
            em.createNativeQuery("""
                    UPDATE patient_receivable SET paid_cents = paid_cents + :applied
                     WHERE tenant_id = :tenant AND claim_id = :claim""")
                    .setParameter("applied", applied).setParameter("tenant", tenant).setParameter("claim", row[0])
                    .executeUpdate();
            left -= applied;
        }
    }

    private void settled(String tenant, BalanceSettled settled) {
        em.createNativeQuery("""
                UPDATE patient_receivable SET paid_cents = owed_cents
                 WHERE tenant_id = :tenant AND encounter_id = :encounter""")
                .setParameter("tenant", tenant).setParameter("encounter", settled.encounterId()).executeUpdate();
    }

    /** One aging bucket of one practice (and, for insurance, one payer). */
    public record Bucket(String tenantId, String payerId, String bucket, long items, long cents) {
    }

    public record Aging(List<Bucket> insurance, List<Bucket> patient) {
    }

    /** Open receivables aged by days since the claim was sent (insurance) or posted (patient); tenant null for all. */
    public Aging aging(String tenantId) {
        String as = tenantId == null ? TenantContext.ALL_TENANTS : tenantId;
        return TenantContext.callAs(as, () -> QuarkusTransaction.requiringNew().call(() -> new Aging(
                buckets("""
                        SELECT tenant_id, payer_id, charge_cents AS cents,
                               CAST(now() AS date) - CAST(submitted_at AS date) AS age
                          FROM insurance_receivable WHERE open AND submitted_at IS NOT NULL""", tenantId),
                buckets("""
                        SELECT tenant_id, CAST(NULL AS text) AS payer_id, owed_cents - paid_cents AS cents,
                               CAST(now() AS date) - CAST(opened_at AS date) AS age
                          FROM patient_receivable WHERE paid_cents < owed_cents""", tenantId))));
    }

    @SuppressWarnings("unchecked")
    private List<Bucket> buckets(String open, String tenantId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT tenant_id, payer_id, %s AS bucket, count(*), sum(cents), min(age) FROM (%s) o
                 WHERE CAST(:tenant AS text) IS NULL OR tenant_id = :tenant
                 GROUP BY tenant_id, payer_id, 3 ORDER BY tenant_id, payer_id, min(age)""".formatted(BUCKET, open))
                .setParameter("tenant", tenantId).getResultList();
        return rows.stream().map(r -> new Bucket((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }
}
