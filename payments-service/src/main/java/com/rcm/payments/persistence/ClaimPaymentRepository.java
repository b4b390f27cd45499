package com.rcm.payments.persistence;

import static com.rcm.payments.persistence.SqlValues.cents;
import static com.rcm.payments.persistence.SqlValues.integer;
import static com.rcm.payments.persistence.SqlValues.time;

import com.rcm.events.payload.Adjustment;
import com.rcm.payments.domain.RemittanceAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Claim payments posted to claims, append-only, with their adjustments (CAS) and paid lines (SVC): a
 * reversal is a new posting naming the one it takes back, never an update.
 */
@ApplicationScoped
public class ClaimPaymentRepository {
    private final EntityManager em;

    public ClaimPaymentRepository(EntityManager em) {
        this.em = em;
    }

    /** One claim payment as posted; {@code id} names its adjustments and lines. */
    public record Posting(
            String id,
            String claimId,
            String encounterId,
            String patientControlNumber,
            String payerClaimControlNumber,
            String claimStatusCode,
            long chargeCents,
            long paidCents,
            long patientResponsibilityCents,
            long underpaidCents) {}

    /** A paid service line; {@code lineNumber} is the billed line it answers, null when none matched. */
    public record PaidLine(Integer lineNumber, String code, long chargeCents, long paidCents) {}

    /** A CAS adjustment of a claim payment; {@code lineNumber} is null for one of the whole claim. */
    public record PostedAdjustment(Integer lineNumber, String groupCode, String carc, long amountCents) {}

    /** A claim payment short of the contract by more than the threshold. */
    public record Underpaid(
            String claimId,
            String patientControlNumber,
            String remittanceId,
            String payerId,
            long paidCents,
            long underpaidCents,
            OffsetDateTime postedAt) {}

    /**
     * Posts one claim payment with its adjustments and lines; {@code lineNumbers} are the billed lines
     * the paid lines answer (null where none), {@code reverses} the posting a reversal takes back.
     */
    public void insert(
            String id,
            String tenantId,
            String remittanceId,
            String claimId,
            String encounterId,
            RemittanceAdvice.ClaimPaymentAdvice claim,
            List<Integer> lineNumbers,
            String reverses,
            long underpaidCents) {
        em.createNativeQuery("""
                INSERT INTO claim_payment (id, tenant_id, remittance_id, claim_id, encounter_id, patient_control_number,
                                           payer_claim_control_number, claim_status_code, charge_cents, paid_cents,
                                           patient_responsibility_cents, posted_at, reverses_claim_payment_id,
                                           underpaid_cents)
                VALUES (:id, :t, :rem, :claim, :enc, :pcn, :pccn, :status, :charge, :paid, :pr, :at, :reverses,
                        :underpaid)""")
                .setParameter("id", id)
                .setParameter("t", tenantId)
                .setParameter("rem", remittanceId)
                .setParameter("claim", claimId)
                .setParameter("enc", encounterId)
                .setParameter("pcn", claim.patientControlNumber())
                .setParameter("pccn", claim.payerClaimControlNumber())
                .setParameter("status", claim.statusCode())
                .setParameter("charge", claim.chargeCents())
                .setParameter("paid", claim.paidCents())
                .setParameter("pr", claim.patientResponsibilityCents())
                .setParameter("at", OffsetDateTime.now())
                .setParameter("reverses", reverses)
                .setParameter("underpaid", underpaidCents)
                .executeUpdate();
        for (Adjustment adjustment : claim.adjustments()) {
            insertAdjustment(tenantId, id, null, adjustment);
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            RemittanceAdvice.ServicePaymentAdvice line = claim.lines().get(i);
            em.createNativeQuery("""
                    INSERT INTO line_payment (tenant_id, claim_payment_id, line_number, code, charge_cents, paid_cents,
                                              line_control_number, remark_codes)
                    VALUES (:t, :cp, :n, :code, :charge, :paid, :lcn, :remarks)""")
                    .setParameter("t", tenantId)
                    .setParameter("cp", id)
                    .setParameter("n", lineNumbers.get(i))
                    .setParameter("code", line.code())
                    .setParameter("charge", line.chargeCents())
                    .setParameter("paid", line.paidCents())
                    .setParameter("lcn", line.lineControlNumber())
                    .setParameter("remarks", String.join(",", line.remarkCodes()))
                    .executeUpdate();
            for (Adjustment adjustment : line.adjustments()) {
                insertAdjustment(tenantId, id, lineNumbers.get(i), adjustment);
            }
        }
    }

    private void insertAdjustment(String tenantId, String claimPaymentId, Integer lineNumber, Adjustment adjustment) {
        em.createNativeQuery("""
                INSERT INTO payment_adjustment (tenant_id, claim_payment_id, line_number, group_code, carc, amount_cents)
                VALUES (:t, :cp, :n, :group, :carc, :amount)""")
                .setParameter("t", tenantId)
                .setParameter("cp", claimPaymentId)
                .setParameter("n", lineNumber)
                .setParameter("group", adjustment.groupCode())
                .setParameter("carc", adjustment.carc())
                .setParameter("amount", adjustment.amountCents())
                .executeUpdate();
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
                .setParameter("pccn", payerClaimControlNumber == null ? "" : payerClaimControlNumber)
                .getResultList();
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
                .setParameter("claim", claimId)
                .setParameter("status", claim.statusCode())
                .setParameter("charge", claim.chargeCents())
                .setParameter("paid", claim.paidCents())
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
                .setParameter("claim", claimId)
                .setParameter("payer", payerId)
                .getResultList();
        return ids.stream().findFirst();
    }

    /** The claim payments of a remittance, in the order they were posted. */
    public List<Posting> ofRemittance(String remittanceId) {
        return NativeRows.of(em, """
                SELECT id, claim_id, encounter_id, patient_control_number, payer_claim_control_number,
                       claim_status_code, charge_cents, paid_cents, patient_responsibility_cents, underpaid_cents
                  FROM claim_payment WHERE remittance_id = :rem ORDER BY posted_at, id""").setParameter("rem", remittanceId).list().stream()
                .map(c -> new Posting(
                        (String) c[0],
                        (String) c[1],
                        (String) c[2],
                        (String) c[3],
                        (String) c[4],
                        (String) c[5],
                        cents(c[6]),
                        cents(c[7]),
                        cents(c[8]),
                        cents(c[9])))
                .toList();
    }

    /** The remittances that posted anything to a claim (paid, denied or reversed it). */
    public List<String> remittancesOfClaim(String claimId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery(
                        "SELECT DISTINCT remittance_id FROM claim_payment WHERE claim_id = :claim")
                .setParameter("claim", claimId)
                .getResultList();
        return ids;
    }

    /** The payer's remark codes (RARC) on a claim payment's lines, each once, in line order. */
    public List<String> remarkCodes(String claimPaymentId) {
        @SuppressWarnings("unchecked")
        List<String> perLine = em.createNativeQuery(
                        "SELECT remark_codes FROM line_payment WHERE claim_payment_id = :cp ORDER BY id")
                .setParameter("cp", claimPaymentId)
                .getResultList();
        return perLine.stream()
                .filter(codes -> !codes.isEmpty())
                .flatMap(codes -> Arrays.stream(codes.split(",")))
                .distinct()
                .toList();
    }

    public List<PaidLine> lines(String claimPaymentId) {
        return NativeRows.of(em, """
                SELECT line_number, code, charge_cents, paid_cents FROM line_payment
                 WHERE claim_payment_id = :cp ORDER BY line_number NULLS LAST, id""").setParameter("cp", claimPaymentId).list().stream()
                .map(l -> new PaidLine(integer(l[0]), (String) l[1], cents(l[2]), cents(l[3])))
                .toList();
    }

    public List<PostedAdjustment> adjustments(String claimPaymentId) {
        return NativeRows.of(em, """
                SELECT line_number, group_code, carc, amount_cents FROM payment_adjustment
                 WHERE claim_payment_id = :cp ORDER BY id""").setParameter("cp", claimPaymentId).list().stream()
                .map(a -> new PostedAdjustment(integer(a[0]), (String) a[1], (String) a[2], cents(a[3])))
                .toList();
    }

    /** Claim payments flagged as underpaid, newest first. */
    public List<Underpaid> underpaid() {
        return NativeRows.of(em, """
                SELECT p.claim_id, p.patient_control_number, p.remittance_id, r.payer_id, p.paid_cents,
                       p.underpaid_cents, p.posted_at
                  FROM claim_payment p JOIN remittance r ON r.id = p.remittance_id
                 WHERE p.underpaid_cents > 0 ORDER BY p.posted_at DESC""").list().stream()
                .map(r -> new Underpaid(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        cents(r[4]),
                        cents(r[5]),
                        time(r[6])))
                .toList();
    }
}
