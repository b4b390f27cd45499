package com.rcm.payments.persistence;

import static com.rcm.payments.persistence.SqlValues.cents;

import com.rcm.events.EventJson;
import com.rcm.payments.domain.RemittanceAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Claim payments no claim took, waiting for a poster (or for their claim to arrive); each keeps the
 * whole payment ({@code advice}) so it can still be posted, and is resolved, never deleted.
 */
@ApplicationScoped
public class UnmatchedPaymentRepository {
    private final EntityManager em;

    public UnmatchedPaymentRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A claim payment waiting in the unmatched queue, with the remittance and payer it came from;
     * {@code advice} is null for one queued before the queue kept whole payments.
     */
    public record UnmatchedPayment(
            long id,
            String remittanceId,
            String payerId,
            RemittanceAdvice.ClaimPaymentAdvice advice,
            boolean resolved) {}

    /** An unresolved item of the poster's queue; {@code matchable} when its whole payment was kept. */
    public record Queued(
            long id,
            String remittanceId,
            String payerId,
            String traceNumber,
            String patientControlNumber,
            String claimStatusCode,
            long chargeCents,
            long paidCents,
            String reason,
            boolean matchable) {}

    /** What a remittance left unmatched, and why. */
    public record LeftUnmatched(
            String patientControlNumber, String claimStatusCode, long chargeCents, long paidCents, String reason) {}

    public void insert(String tenantId, String remittanceId, RemittanceAdvice.ClaimPaymentAdvice claim, String reason) {
        em.createNativeQuery("""
                INSERT INTO unmatched_claim_payment (tenant_id, remittance_id, patient_control_number,
                                                     claim_status_code, charge_cents, paid_cents, reason, advice)
                VALUES (:t, :rem, :pcn, :status, :charge, :paid, :reason, :advice)""")
                .setParameter("t", tenantId)
                .setParameter("rem", remittanceId)
                .setParameter("pcn", claim.patientControlNumber())
                .setParameter("status", claim.statusCode())
                .setParameter("charge", claim.chargeCents())
                .setParameter("paid", claim.paidCents())
                .setParameter("reason", reason)
                .setParameter("advice", EventJson.write(claim))
                .executeUpdate();
    }

    public Optional<UnmatchedPayment> find(long id) {
        return NativeRows.of(em, """
                SELECT u.id, u.remittance_id, r.payer_id, u.advice, u.resolved_at IS NOT NULL
                  FROM unmatched_claim_payment u JOIN remittance r ON r.id = u.remittance_id WHERE u.id = :id""").setParameter("id", id).list().stream()
                .findFirst()
                .map(UnmatchedPaymentRepository::payment);
    }

    /**
     * Unresolved payments of this practice (row-level security) queued with {@code reason}, oldest
     * first, locked until the transaction ends.
     */
    public List<UnmatchedPayment> waitingForClaim(String patientControlNumber, String reason) {
        return NativeRows.of(em, """
                SELECT u.id, u.remittance_id, r.payer_id, u.advice, false
                  FROM unmatched_claim_payment u JOIN remittance r ON r.id = u.remittance_id
                 WHERE u.patient_control_number = :pcn AND u.reason = :reason AND u.resolved_at IS NULL
                   AND u.advice IS NOT NULL
                 ORDER BY u.id FOR UPDATE OF u""")
                .setParameter("pcn", patientControlNumber)
                .setParameter("reason", reason)
                .list()
                .stream()
                .map(UnmatchedPaymentRepository::payment)
                .toList();
    }

    private static UnmatchedPayment payment(Object[] r) {
        return new UnmatchedPayment(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                r[3] == null ? null : EventJson.read((String) r[3], RemittanceAdvice.ClaimPaymentAdvice.class),
                (Boolean) r[4]);
    }

    public void resolve(long id, String resolution) {
        em.createNativeQuery("UPDATE unmatched_claim_payment SET resolved_at = :at, resolution = :how WHERE id = :id")
                .setParameter("at", OffsetDateTime.now())
                .setParameter("how", resolution)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The poster's queue: unresolved payments, oldest first. */
    public List<Queued> unresolved() {
        return NativeRows.of(em, """
                SELECT u.id, u.remittance_id, r.payer_id, r.trace_number, u.patient_control_number,
                       u.claim_status_code, u.charge_cents, u.paid_cents, u.reason, u.advice IS NOT NULL
                  FROM unmatched_claim_payment u JOIN remittance r ON r.id = u.remittance_id
                 WHERE u.resolved_at IS NULL ORDER BY u.id""").list().stream()
                .map(u -> new Queued(
                        ((Number) u[0]).longValue(),
                        (String) u[1],
                        (String) u[2],
                        (String) u[3],
                        (String) u[4],
                        (String) u[5],
                        cents(u[6]),
                        cents(u[7]),
                        (String) u[8],
                        (Boolean) u[9]))
                .toList();
    }

    public List<LeftUnmatched> ofRemittance(String remittanceId) {
        return NativeRows.of(em, """
                SELECT patient_control_number, claim_status_code, charge_cents, paid_cents, reason
                  FROM unmatched_claim_payment WHERE remittance_id = :rem ORDER BY id""").setParameter("rem", remittanceId).list().stream()
                .map(u -> new LeftUnmatched((String) u[0], (String) u[1], cents(u[2]), cents(u[3]), (String) u[4]))
                .toList();
    }
}
