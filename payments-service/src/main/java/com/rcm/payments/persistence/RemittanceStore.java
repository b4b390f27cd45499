package com.rcm.payments.persistence;

import com.rcm.events.EventJson;
import com.rcm.events.payload.Adjustment;
import com.rcm.payments.domain.RemittanceAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Writes remittances and their postings (append-only) and reads them back for the API. */
@ApplicationScoped
public class RemittanceStore {
    private final EntityManager em;

    public RemittanceStore(EntityManager em) {
        this.em = em;
    }

    public Optional<String> findByTrace(String payerId, String traceNumber) {
        return em.createQuery("select r.id from RemittanceEntity r where r.payerId = :payer and r.traceNumber = :trace",
                String.class).setParameter("payer", payerId).setParameter("trace", traceNumber)
                .getResultStream().findFirst();
    }

    public void insertRemittance(String id, String tenantId, RemittanceAdvice advice, String status, String problem,
            String channel, String eraFileId) {
        RemittanceEntity remittance = new RemittanceEntity();
        remittance.id = id;
        remittance.tenantId = tenantId;
        remittance.payerId = advice.payerId();
        remittance.payerName = advice.payerName();
        remittance.traceNumber = advice.traceNumber();
        remittance.paymentMethod = advice.paymentMethod();
        remittance.paymentDate = advice.paymentDate();
        remittance.paymentAmountCents = advice.paymentAmountCents();
        remittance.status = status;
        remittance.problem = problem;
        remittance.channel = channel;
        remittance.eraFileId = eraFileId;
        remittance.receivedAt = OffsetDateTime.now();
        em.persist(remittance);
        em.flush(); // claim payments reference it by foreign key through native inserts
    }

    /**
     * Posts one claim payment with its adjustments and lines; {@code lineNumbers} are the billed lines
     * the paid lines answer (null where none), {@code reverses} the posting a reversal takes back.
     */
    public void insertClaimPayment(String id, String tenantId, String remittanceId, String claimId, String encounterId,
            RemittanceAdvice.ClaimPaymentAdvice claim, List<Integer> lineNumbers, String reverses, long underpaidCents) {
        em.createNativeQuery("""
                INSERT INTO claim_payment (id, tenant_id, remittance_id, claim_id, encounter_id, patient_control_number,
                                           payer_claim_control_number, claim_status_code, charge_cents, paid_cents,
                                           patient_responsibility_cents, posted_at, reverses_claim_payment_id,
                                           underpaid_cents)
                VALUES (:id, :t, :rem, :claim, :enc, :pcn, :pccn, :status, :charge, :paid, :pr, :at, :reverses,
                        :underpaid)""")
                .setParameter("id", id).setParameter("t", tenantId).setParameter("rem", remittanceId)
                .setParameter("claim", claimId).setParameter("enc", encounterId)
                .setParameter("pcn", claim.patientControlNumber()).setParameter("pccn", claim.payerClaimControlNumber())
                .setParameter("status", claim.statusCode()).setParameter("charge", claim.chargeCents())
                .setParameter("paid", claim.paidCents()).setParameter("pr", claim.patientResponsibilityCents())
                .setParameter("at", OffsetDateTime.now()).setParameter("reverses", reverses)
                .setParameter("underpaid", underpaidCents).executeUpdate();
        for (Adjustment adjustment : claim.adjustments()) {
            insertAdjustment(tenantId, id, null, adjustment);
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            RemittanceAdvice.ServicePaymentAdvice line = claim.lines().get(i);
            em.createNativeQuery("""
                    INSERT INTO line_payment (tenant_id, claim_payment_id, line_number, code, charge_cents, paid_cents,
                                              line_control_number, remark_codes)
                    VALUES (:t, :cp, :n, :code, :charge, :paid, :lcn, :remarks)""")
                    .setParameter("t", tenantId).setParameter("cp", id).setParameter("n", lineNumbers.get(i))
                    .setParameter("code", line.code()).setParameter("charge", line.chargeCents())
                    .setParameter("paid", line.paidCents()).setParameter("lcn", line.lineControlNumber())
                    .setParameter("remarks", String.join(",", line.remarkCodes())).executeUpdate();
            for (Adjustment adjustment : line.adjustments()) {
                insertAdjustment(tenantId, id, lineNumbers.get(i), adjustment);
            }
        }
    }

    /** BPR16 of a stored remittance, when the payer sent one. */
    public Optional<LocalDate> paymentDate(String remittanceId) {
        List<?> dates = em.createNativeQuery("SELECT payment_date FROM remittance WHERE id = :id")
                .setParameter("id", remittanceId).getResultList();
        return dates.stream().filter(Objects::nonNull).map(LocalDate.class::cast).findFirst();
    }

    /** The practice's contracted allowed cents per procedure code with {@code payerId}. */
    public Map<String, Long> contractRates(String payerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, allowed_cents FROM contract_rate WHERE payer_id = :p")
                .setParameter("p", payerId).getResultList();
        Map<String, Long> rates = new TreeMap<>();
        rows.forEach(r -> rates.put((String) r[0], ((Number) r[1]).longValue()));
        return rates;
    }

    public void saveContractRate(String tenantId, String payerId, String code, long allowedCents) {
        em.createNativeQuery("""
                INSERT INTO contract_rate (tenant_id, payer_id, code, allowed_cents) VALUES (:t, :p, :code, :cents)
                ON CONFLICT (tenant_id, payer_id, code) DO UPDATE SET allowed_cents = EXCLUDED.allowed_cents""")
                .setParameter("t", tenantId).setParameter("p", payerId).setParameter("code", code)
                .setParameter("cents", allowedCents).executeUpdate();
    }

    /** The posting of this claim a reversal takes back: not itself a reversal, and not reversed yet. */
    public Optional<String> postingToReverse(String claimId, String payerClaimControlNumber) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                SELECT p.id FROM claim_payment p
                 WHERE p.claim_id = :claim AND p.reverses_claim_payment_id IS NULL AND p.claim_status_code <> '22'
                   AND (:pccn = '' OR p.payer_claim_control_number = :pccn)
                   AND NOT EXISTS (SELECT 1 FROM claim_payment r WHERE r.reverses_claim_payment_id = p.id)
                 ORDER BY p.posted_at DESC""")
                .setParameter("claim", claimId)
                .setParameter("pccn", payerClaimControlNumber == null ? "" : payerClaimControlNumber).getResultList();
        return ids.stream().findFirst();
    }

    /**
     * The remittance that already posted this same claim payment (same claim, payer claim number, status
     * and amounts) and was not reversed since: the same payment arriving in a second file.
     */
    public Optional<String> samePaymentPosted(String claimId, RemittanceAdvice.ClaimPaymentAdvice claim) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                SELECT p.remittance_id FROM claim_payment p
                 WHERE p.claim_id = :claim AND p.claim_status_code = :status AND p.charge_cents = :charge
                   AND p.paid_cents = :paid
                   AND coalesce(p.payer_claim_control_number, '') = :pccn
                   AND NOT EXISTS (SELECT 1 FROM claim_payment r WHERE r.reverses_claim_payment_id = p.id)""")
                .setParameter("claim", claimId).setParameter("status", claim.statusCode())
                .setParameter("charge", claim.chargeCents()).setParameter("paid", claim.paidCents())
                .setParameter("pccn", claim.payerClaimControlNumber() == null ? "" : claim.payerClaimControlNumber())
                .getResultList();
        return ids.stream().findFirst();
    }

    /**
     * The remittance of an earlier payment by {@code payerId} of the claim that moved money (paid, or
     * left the patient a share) and stands unreversed; a payer pays a claim again only after it takes
     * the first payment back (CLP02 = 22).
     */
    public Optional<String> standingPaymentByPayer(String claimId, String payerId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                SELECT p.remittance_id FROM claim_payment p JOIN remittance r ON r.id = p.remittance_id
                 WHERE p.claim_id = :claim AND r.payer_id = :payer AND p.reverses_claim_payment_id IS NULL
                   AND (p.paid_cents <> 0 OR p.patient_responsibility_cents <> 0)
                   AND NOT EXISTS (SELECT 1 FROM claim_payment x WHERE x.reverses_claim_payment_id = p.id)""")
                .setParameter("claim", claimId).setParameter("payer", payerId).getResultList();
        return ids.stream().findFirst();
    }

    private void insertAdjustment(String tenantId, String claimPaymentId, Integer lineNumber, Adjustment adjustment) {
        em.createNativeQuery("""
                INSERT INTO payment_adjustment (tenant_id, claim_payment_id, line_number, group_code, carc, amount_cents)
                VALUES (:t, :cp, :n, :group, :carc, :amount)""")
                .setParameter("t", tenantId).setParameter("cp", claimPaymentId).setParameter("n", lineNumber)
                .setParameter("group", adjustment.groupCode()).setParameter("carc", adjustment.carc())
                .setParameter("amount", adjustment.amountCents()).executeUpdate();
    }

    public void insertUnmatched(String tenantId, String remittanceId, RemittanceAdvice.ClaimPaymentAdvice claim,
            String reason) {
        em.createNativeQuery("""
                INSERT INTO unmatched_claim_payment (tenant_id, remittance_id, patient_control_number,
                                                     claim_status_code, charge_cents, paid_cents, reason, advice)
                VALUES (:t, :rem, :pcn, :status, :charge, :paid, :reason, :advice)""")
                .setParameter("t", tenantId).setParameter("rem", remittanceId)
                .setParameter("pcn", claim.patientControlNumber()).setParameter("status", claim.statusCode())
                .setParameter("charge", claim.chargeCents()).setParameter("paid", claim.paidCents())
                .setParameter("reason", reason).setParameter("advice", EventJson.write(claim)).executeUpdate();
    }

    /** A claim payment waiting in the unmatched queue, with the remittance and payer it came from. */
    public record UnmatchedPayment(long id, String remittanceId, String payerId,
            RemittanceAdvice.ClaimPaymentAdvice advice, boolean resolved) {
    }

    public Optional<UnmatchedPayment> unmatched(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.id, u.remittance_id, r.payer_id, u.advice, u.resolved_at IS NOT NULL
                  FROM unmatched_claim_payment u JOIN remittance r ON r.id = u.remittance_id WHERE u.id = :id""")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> new UnmatchedPayment(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], r[3] == null ? null : EventJson.read((String) r[3], RemittanceAdvice.ClaimPaymentAdvice.class),
                (Boolean) r[4]));
    }

    /** Unresolved payments of this practice (row-level security) queued with {@code reason}, oldest first. */
    public List<UnmatchedPayment> waitingForClaim(String patientControlNumber, String reason) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.id, u.remittance_id, r.payer_id, u.advice, false
                  FROM unmatched_claim_payment u JOIN remittance r ON r.id = u.remittance_id
                 WHERE u.patient_control_number = :pcn AND u.reason = :reason AND u.resolved_at IS NULL
                   AND u.advice IS NOT NULL
                 ORDER BY u.id FOR UPDATE OF u""")
                .setParameter("pcn", patientControlNumber).setParameter("reason", reason).getResultList();
        return rows.stream().map(r -> new UnmatchedPayment(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                EventJson.read((String) r[3], RemittanceAdvice.ClaimPaymentAdvice.class), false)).toList();
    }

    public void resolveUnmatched(long id, String resolution) {
        em.createNativeQuery("UPDATE unmatched_claim_payment SET resolved_at = :at, resolution = :how WHERE id = :id")
                .setParameter("at", OffsetDateTime.now()).setParameter("how", resolution).setParameter("id", id)
                .executeUpdate();
    }

    /** Rows of a query without parameters. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    public void insertProviderAdjustment(String tenantId, String remittanceId, RemittanceAdvice.ProviderAdjustment plb) {
        em.createNativeQuery("""
                INSERT INTO provider_adjustment (tenant_id, remittance_id, reason_code, reference, amount_cents)
                VALUES (:t, :rem, :reason, :ref, :amount)""")
                .setParameter("t", tenantId).setParameter("rem", remittanceId).setParameter("reason", plb.reasonCode())
                .setParameter("ref", plb.reference()).setParameter("amount", plb.amountCents()).executeUpdate();
    }

    /** Rows of a multi-column query with one {@code :rem} parameter. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, String param) {
        return em.createNativeQuery(sql).setParameter("rem", param).getResultList();
    }

    /** Rows of a multi-column query with {@code :from} and {@code :to} date parameters. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rowsBetween(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The single column of a query with one {@code :rem} parameter. */
    @SuppressWarnings("unchecked")
    public List<String> values(String sql, String param) {
        return em.createNativeQuery(sql).setParameter("rem", param).getResultList();
    }
}
