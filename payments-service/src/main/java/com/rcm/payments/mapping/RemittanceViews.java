package com.rcm.payments.mapping;

import static com.rcm.payments.mapping.SqlValues.cents;
import static com.rcm.payments.mapping.SqlValues.time;

import com.rcm.payments.api.DepositView;
import com.rcm.payments.api.RemittanceView;
import com.rcm.payments.persistence.EraFiles;
import com.rcm.payments.persistence.RemittanceStore;
import com.rcm.payments.persistence.RemittanceWarnings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** Reads a remittance and its postings into the API view. */
@ApplicationScoped
public class RemittanceViews {
    private final RemittanceStore store;
    private final EraFiles eraFiles;
    private final RemittanceWarnings warnings;

    public RemittanceViews(RemittanceStore store, EraFiles eraFiles, RemittanceWarnings warnings) {
        this.store = store;
        this.eraFiles = eraFiles;
        this.warnings = warnings;
    }

    public Optional<RemittanceView> find(String id) {
        List<Object[]> head = store.rows("""
                SELECT id, payer_id, payer_name, trace_number, payment_method, payment_date, payment_amount_cents,
                       status, problem, channel, received_at FROM remittance WHERE id = :rem""", id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = head.get(0);
        List<RemittanceView.ClaimPosting> claims = store.rows("""
                SELECT id, claim_id, encounter_id, patient_control_number, payer_claim_control_number,
                       claim_status_code, charge_cents, paid_cents, patient_responsibility_cents, underpaid_cents
                  FROM claim_payment WHERE remittance_id = :rem ORDER BY posted_at, id""", id).stream()
                .map(c -> new RemittanceView.ClaimPosting((String) c[1], (String) c[2], (String) c[3], (String) c[4],
                        (String) c[5], cents(c[6]), cents(c[7]), cents(c[8]), adjustments((String) c[0]),
                        cents(c[9]), payerSequence((String) c[5]), FORWARDED.contains((String) c[5]),
                        remarkCodes((String) c[0]), lines((String) c[0])))
                .toList();
        List<RemittanceView.Unmatched> unmatched = store.rows("""
                SELECT patient_control_number, claim_status_code, charge_cents, paid_cents, reason
                  FROM unmatched_claim_payment WHERE remittance_id = :rem ORDER BY id""", id).stream()
                .map(u -> new RemittanceView.Unmatched((String) u[0], (String) u[1], cents(u[2]), cents(u[3]),
                        (String) u[4]))
                .toList();
        List<RemittanceView.ProviderAdjustment> plb = store.rows("""
                SELECT reason_code, reference, amount_cents FROM provider_adjustment WHERE remittance_id = :rem
                 ORDER BY id""", id).stream()
                .map(p -> new RemittanceView.ProviderAdjustment((String) p[0], (String) p[1], cents(p[2])))
                .toList();
        return Optional.of(new RemittanceView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (LocalDate) r[5], cents(r[6]), (String) r[7],
                (String) r[8], (String) r[9], time(r[10]), claims, unmatched, plb, warnings.of(id)));
    }

    public List<RemittanceView> forClaim(String claimId) {
        return store.values("""
                SELECT DISTINCT remittance_id FROM claim_payment WHERE claim_id = :rem""", claimId).stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** Deposits paid between two dates (payment date, BPR16), newest first. */
    public List<DepositView> deposits(LocalDate from, LocalDate to) {
        return store.rowsBetween("""
                SELECT r.id, r.payer_id, r.trace_number, r.payment_method, r.payment_date, r.payment_amount_cents,
                       coalesce((SELECT sum(p.paid_cents) FROM claim_payment p WHERE p.remittance_id = r.id), 0),
                       coalesce((SELECT sum(a.amount_cents) FROM provider_adjustment a WHERE a.remittance_id = r.id), 0),
                       r.status
                  FROM remittance r WHERE r.payment_date BETWEEN :from AND :to
                 ORDER BY r.payment_date DESC, r.received_at DESC""", from, to).stream()
                .map(r -> {
                    long amount = cents(r[5]);
                    long posted = cents(r[6]);
                    long plb = cents(r[7]);
                    return new DepositView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                            (LocalDate) r[4], amount, posted, plb, amount - (posted - plb), (String) r[8]);
                })
                .toList();
    }

    public Optional<String> x12(String id) {
        return eraFiles.textOf(id);
    }

    private static final Set<String> FORWARDED = Set.of("19", "20", "21");

    /** CLP02 as the order in which this payer paid the claim. */
    private static String payerSequence(String statusCode) {
        return switch (statusCode) {
            case "1", "19" -> "PRIMARY";
            case "2", "20" -> "SECONDARY";
            case "3", "21" -> "TERTIARY";
            case "4" -> "DENIED";
            case "22" -> "REVERSAL";
            default -> "OTHER";
        };
    }

    private List<String> remarkCodes(String claimPaymentId) {
        return store.values("SELECT remark_codes FROM line_payment WHERE claim_payment_id = :rem ORDER BY id",
                claimPaymentId).stream().filter(codes -> !codes.isEmpty())
                .flatMap(codes -> Arrays.stream(codes.split(","))).distinct().toList();
    }

    private List<RemittanceView.LinePosting> lines(String claimPaymentId) {
        return store.rows("""
                SELECT line_number, code, charge_cents, paid_cents FROM line_payment
                 WHERE claim_payment_id = :rem ORDER BY line_number NULLS LAST, id""", claimPaymentId).stream()
                .map(l -> new RemittanceView.LinePosting(l[0] == null ? null : ((Number) l[0]).intValue(),
                        (String) l[1], cents(l[2]), cents(l[3])))
                .toList();
    }

    private List<RemittanceView.AdjustmentView> adjustments(String claimPaymentId) {
        return store.rows("""
                SELECT line_number, group_code, carc, amount_cents FROM payment_adjustment
                 WHERE claim_payment_id = :rem ORDER BY id""", claimPaymentId).stream()
                .map(a -> new RemittanceView.AdjustmentView(a[0] == null ? null : ((Number) a[0]).intValue(),
                        (String) a[1], (String) a[2], cents(a[3])))
                .toList();
    }
}
