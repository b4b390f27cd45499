package com.rcm.ops.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Insurance A/R (one row per claim, open until a payer decides it) and patient A/R (what a patient owes on
 * a claim and has paid), and both aged. Reads see what row-level security lets them.
 */
@ApplicationScoped
public class ReceivableRepository {
    /** Aging buckets by days outstanding: 0-30, 31-60, 61-90, 91-120, over 120. */
    private static final String BUCKET = """
            CASE WHEN age <= 30 THEN '0-30' WHEN age <= 60 THEN '31-60' WHEN age <= 90 THEN '61-90'
                 WHEN age <= 120 THEN '91-120' ELSE '120+' END""";

    private final EntityManager em;

    public ReceivableRepository(EntityManager em) {
        this.em = em;
    }

    /** One aging bucket of one practice (and, for insurance, one payer). */
    public record Bucket(String tenantId, String payerId, String bucket, long items, long cents) {}

    /** What a patient still owes on one claim. */
    public record OpenBalance(String claimId, long cents) {}

    /** Opens (or reopens) the claim's insurance A/R, unless a later state of it is already recorded. */
    public void submitted(
            String tenantId, String claimId, String encounterId, String payerId, long chargeCents, OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO insurance_receivable AS r (tenant_id, claim_id, encounter_id, payer_id, charge_cents,
                                                       submitted_at, open, state_at)
                VALUES (:tenant, :claim, :encounter, :payer, :charge, :at, true, :at)
                ON CONFLICT (tenant_id, claim_id) DO UPDATE
                   SET payer_id = excluded.payer_id, charge_cents = excluded.charge_cents,
                       submitted_at = excluded.submitted_at, open = true, state_at = excluded.state_at
                 WHERE r.state_at <= excluded.state_at""")
                .setParameter("tenant", tenantId)
                .setParameter("claim", claimId)
                .setParameter("encounter", encounterId)
                .setParameter("payer", payerId)
                .setParameter("charge", chargeCents)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Closes the claim's insurance A/R, unless a later state of it is already recorded. */
    public void closed(String tenantId, String claimId, String encounterId, long chargeCents, OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO insurance_receivable AS r (tenant_id, claim_id, encounter_id, charge_cents, open, state_at)
                VALUES (:tenant, :claim, :encounter, :charge, false, :at)
                ON CONFLICT (tenant_id, claim_id) DO UPDATE SET open = false, state_at = excluded.state_at
                 WHERE r.state_at <= excluded.state_at""")
                .setParameter("tenant", tenantId)
                .setParameter("claim", claimId)
                .setParameter("encounter", encounterId)
                .setParameter("charge", chargeCents)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Sets what the patient owes on the claim; a second posting of the claim replaces the first one's share. */
    public void owed(
            String tenantId, String claimId, String encounterId, String patientId, long owedCents, OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO patient_receivable (tenant_id, claim_id, encounter_id, patient_id, owed_cents, opened_at)
                VALUES (:tenant, :claim, :encounter, :patient, :owed, :at)
                ON CONFLICT (tenant_id, claim_id) DO UPDATE SET owed_cents = excluded.owed_cents""")
                .setParameter("tenant", tenantId)
                .setParameter("claim", claimId)
                .setParameter("encounter", encounterId)
                .setParameter("patient", patientId)
                .setParameter("owed", owedCents)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** The patient's open balances, oldest first, locked until commit so payments apply one after the other. */
    public List<OpenBalance> lockOpenBalances(String tenantId, String patientId) {
        return NativeRows.of(
                em.createNativeQuery("""
                SELECT claim_id, owed_cents - paid_cents FROM patient_receivable
                 WHERE tenant_id = :tenant AND patient_id = :patient AND paid_cents < owed_cents
                 ORDER BY opened_at, claim_id FOR UPDATE""").setParameter("tenant", tenantId).setParameter("patient", patientId),
                r -> new OpenBalance(r.text(0), r.number(1)));
    }

    public void paid(String tenantId, String claimId, long cents) {
        em.createNativeQuery("""
                UPDATE patient_receivable SET paid_cents = paid_cents + :applied
                 WHERE tenant_id = :tenant AND claim_id = :claim""")
                .setParameter("applied", cents)
                .setParameter("tenant", tenantId)
                .setParameter("claim", claimId)
                .executeUpdate();
    }

    /** Marks everything owed on the encounter paid. */
    public void settled(String tenantId, String encounterId) {
        em.createNativeQuery("""
                UPDATE patient_receivable SET paid_cents = owed_cents
                 WHERE tenant_id = :tenant AND encounter_id = :encounter""")
                .setParameter("tenant", tenantId)
                .setParameter("encounter", encounterId)
                .executeUpdate();
    }

    /** Open insurance A/R aged by days since the claim was sent; {@code tenantId} null for every practice. */
    public List<Bucket> insuranceAging(String tenantId) {
        return buckets("""
                SELECT tenant_id, payer_id, charge_cents AS cents,
                       CAST(now() AS date) - CAST(submitted_at AS date) AS age
                  FROM insurance_receivable WHERE open AND submitted_at IS NOT NULL""", tenantId);
    }

    /** Open patient A/R aged by days since the payment was posted; {@code tenantId} null for every practice. */
    public List<Bucket> patientAging(String tenantId) {
        return buckets("""
                SELECT tenant_id, CAST(NULL AS text) AS payer_id, owed_cents - paid_cents AS cents,
                       CAST(now() AS date) - CAST(opened_at AS date) AS age
                  FROM patient_receivable WHERE paid_cents < owed_cents""", tenantId);
    }

    private List<Bucket> buckets(String open, String tenantId) {
        return NativeRows.of(
                em.createNativeQuery("""
                SELECT tenant_id, payer_id, %s AS bucket, count(*), sum(cents), min(age) FROM (%s) o
                 WHERE CAST(:tenant AS text) IS NULL OR tenant_id = :tenant
                 GROUP BY tenant_id, payer_id, 3 ORDER BY tenant_id, payer_id, min(age)""".formatted(BUCKET, open)).setParameter("tenant", tenantId),
                r -> new Bucket(r.text(0), r.text(1), r.text(2), r.number(3), r.number(4)));
    }
}
