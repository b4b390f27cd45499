package com.rcm.payments.persistence;

import static com.rcm.payments.persistence.SqlValues.cents;

import com.rcm.payments.domain.RemittanceAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** Provider-level adjustments (PLB): money a payment moves for the practice, not for a claim. */
@ApplicationScoped
public class ProviderAdjustmentRepository {
    private final EntityManager em;

    public ProviderAdjustmentRepository(EntityManager em) {
        this.em = em;
    }

    /** A PLB of one remittance. */
    public record Adjustment(String reasonCode, String reference, long amountCents) {}

    /** A PLB in the provider ledger, with the payment it came in. */
    public record LedgerEntry(
            String remittanceId,
            String payerId,
            String traceNumber,
            LocalDate paymentDate,
            String reasonCode,
            String reference,
            long amountCents) {}

    public void insert(String tenantId, String remittanceId, RemittanceAdvice.ProviderAdjustment plb) {
        em.createNativeQuery("""
                INSERT INTO provider_adjustment (tenant_id, remittance_id, reason_code, reference, amount_cents)
                VALUES (:t, :rem, :reason, :ref, :amount)""")
                .setParameter("t", tenantId)
                .setParameter("rem", remittanceId)
                .setParameter("reason", plb.reasonCode())
                .setParameter("ref", plb.reference())
                .setParameter("amount", plb.amountCents())
                .executeUpdate();
    }

    public List<Adjustment> ofRemittance(String remittanceId) {
        return NativeRows.of(em, """
                SELECT reason_code, reference, amount_cents FROM provider_adjustment WHERE remittance_id = :rem
                 ORDER BY id""").setParameter("rem", remittanceId).list().stream()
                .map(p -> new Adjustment((String) p[0], (String) p[1], cents(p[2])))
                .toList();
    }

    /** The PLBs of payments dated (BPR16) from..to, in payment date order. */
    public List<LedgerEntry> ledger(LocalDate from, LocalDate to) {
        return NativeRows.of(em, """
                SELECT r.id, r.payer_id, r.trace_number, r.payment_date, a.reason_code, a.reference, a.amount_cents
                  FROM provider_adjustment a JOIN remittance r ON r.id = a.remittance_id
                 WHERE r.payment_date BETWEEN :from AND :to ORDER BY r.payment_date, a.id""").setParameter("from", from).setParameter("to", to).list().stream()
                .map(r -> new LedgerEntry(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (LocalDate) r[3],
                        (String) r[4],
                        (String) r[5],
                        cents(r[6])))
                .toList();
    }
}
