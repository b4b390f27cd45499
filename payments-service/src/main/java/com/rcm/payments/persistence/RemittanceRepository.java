package com.rcm.payments.persistence;

import static com.rcm.payments.persistence.SqlValues.cents;
import static com.rcm.payments.persistence.SqlValues.time;

import com.rcm.payments.domain.RemittanceAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Remittances (one BPR/TRN payment each): written once when they arrive, read for the API and the queues. */
@ApplicationScoped
public class RemittanceRepository {
    private final EntityManager em;

    public RemittanceRepository(EntityManager em) {
        this.em = em;
    }

    /** A remittance as it arrived, without its postings. */
    public record Remittance(
            String id,
            String payerId,
            String payerName,
            String traceNumber,
            String paymentMethod,
            LocalDate paymentDate,
            long paymentAmountCents,
            String status,
            String problem,
            String channel,
            OffsetDateTime receivedAt) {}

    /** A remittance held unposted because it does not balance. */
    public record Held(
            String id,
            String payerId,
            String traceNumber,
            long paymentAmountCents,
            String problem,
            OffsetDateTime receivedAt) {}

    /** A payment with what of it was posted to claims and to the provider (PLB). */
    public record Deposit(
            String id,
            String payerId,
            String traceNumber,
            String paymentMethod,
            LocalDate paymentDate,
            long amountCents,
            long postedCents,
            long providerAdjustmentCents,
            String status) {}

    public Optional<String> findByTrace(String payerId, String traceNumber) {
        return em.createQuery(
                        "select r.id from RemittanceEntity r where r.payerId = :payer and r.traceNumber = :trace",
                        String.class)
                .setParameter("payer", payerId)
                .setParameter("trace", traceNumber)
                .getResultStream()
                .findFirst();
    }

    public void insert(
            String id,
            String tenantId,
            RemittanceAdvice advice,
            String status,
            String problem,
            String channel,
            String eraFileId) {
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

    /** BPR16 of a stored remittance, when the payer sent one. */
    public Optional<LocalDate> paymentDate(String remittanceId) {
        List<?> dates = em.createNativeQuery("SELECT payment_date FROM remittance WHERE id = :id")
                .setParameter("id", remittanceId)
                .getResultList();
        return dates.stream()
                .filter(Objects::nonNull)
                .map(LocalDate.class::cast)
                .findFirst();
    }

    public Optional<Remittance> find(String id) {
        return rows("""
                SELECT id, payer_id, payer_name, trace_number, payment_method, payment_date, payment_amount_cents,
                       status, problem, channel, received_at FROM remittance WHERE id = :id""").setParameter("id", id).list().stream()
                .findFirst()
                .map(r -> new Remittance(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (LocalDate) r[5],
                        cents(r[6]),
                        (String) r[7],
                        (String) r[8],
                        (String) r[9],
                        time(r[10])));
    }

    /** Remittances held as exceptions, oldest first. */
    public List<Held> held() {
        return rows("""
                SELECT id, payer_id, trace_number, payment_amount_cents, problem, received_at FROM remittance
                 WHERE status = 'EXCEPTION' ORDER BY received_at""").list().stream()
                .map(r -> new Held((String) r[0], (String) r[1], (String) r[2], cents(r[3]), (String) r[4], time(r[5])))
                .toList();
    }

    /** Payments dated (BPR16) from..to, newest first, with their posted and PLB totals. */
    public List<Deposit> deposits(LocalDate from, LocalDate to) {
        return rows("""
                SELECT r.id, r.payer_id, r.trace_number, r.payment_method, r.payment_date, r.payment_amount_cents,
                       coalesce((SELECT sum(p.paid_cents) FROM claim_payment p WHERE p.remittance_id = r.id), 0),
                       coalesce((SELECT sum(a.amount_cents) FROM provider_adjustment a WHERE a.remittance_id = r.id), 0),
                       r.status
                  FROM remittance r WHERE r.payment_date BETWEEN :from AND :to
                 ORDER BY r.payment_date DESC, r.received_at DESC""").setParameter("from", from).setParameter("to", to).list().stream()
                .map(r -> new Deposit(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (LocalDate) r[4],
                        cents(r[5]),
                        cents(r[6]),
                        cents(r[7]),
                        (String) r[8]))
                .toList();
    }

    private NativeRows rows(String sql) {
        return NativeRows.of(em, sql);
    }
}
