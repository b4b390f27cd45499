package com.rcm.payments.mapping;

import com.rcm.payments.api.PostingQueueViews.ExceptionItem;
import com.rcm.payments.api.PostingQueueViews.ProviderAdjustmentItem;
import com.rcm.payments.api.PostingQueueViews.ProviderLedger;
import com.rcm.payments.api.PostingQueueViews.UnderpaidClaim;
import com.rcm.payments.api.PostingQueueViews.UnmatchedItem;
import com.rcm.payments.persistence.ClaimPaymentRepository;
import com.rcm.payments.persistence.ProviderAdjustmentRepository;
import com.rcm.payments.persistence.RemittanceRepository;
import com.rcm.payments.persistence.UnmatchedPaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the payment poster's queues into the API views. */
@ApplicationScoped
public class PostingQueues {
    private final UnmatchedPaymentRepository unmatched;
    private final ClaimPaymentRepository claimPayments;
    private final RemittanceRepository remittances;
    private final ProviderAdjustmentRepository providerAdjustments;

    public PostingQueues(
            UnmatchedPaymentRepository unmatched,
            ClaimPaymentRepository claimPayments,
            RemittanceRepository remittances,
            ProviderAdjustmentRepository providerAdjustments) {
        this.unmatched = unmatched;
        this.claimPayments = claimPayments;
        this.remittances = remittances;
        this.providerAdjustments = providerAdjustments;
    }

    public List<UnmatchedItem> unmatched() {
        return unmatched.unresolved().stream().map(PostingQueues::unmatchedItem).toList();
    }

    public static UnmatchedItem unmatchedItem(UnmatchedPaymentRepository.Queued u) {
        return new UnmatchedItem(
                u.id(),
                u.remittanceId(),
                u.payerId(),
                u.traceNumber(),
                u.patientControlNumber(),
                u.claimStatusCode(),
                u.chargeCents(),
                u.paidCents(),
                u.reason(),
                u.matchable());
    }

    public List<UnderpaidClaim> underpayments() {
        return claimPayments.underpaid().stream()
                .map(p -> new UnderpaidClaim(
                        p.claimId(),
                        p.patientControlNumber(),
                        p.remittanceId(),
                        p.payerId(),
                        p.paidCents(),
                        p.underpaidCents(),
                        p.postedAt()))
                .toList();
    }

    public List<ExceptionItem> exceptions() {
        return remittances.held().stream()
                .map(r -> new ExceptionItem(
                        r.id(), r.payerId(), r.traceNumber(), r.paymentAmountCents(), r.problem(), r.receivedAt()))
                .toList();
    }

    /** The PLBs of payments dated from..to, with totals by reason code. */
    public ProviderLedger providerLedger(LocalDate from, LocalDate to) {
        List<ProviderAdjustmentItem> items = providerAdjustments.ledger(from, to).stream()
                .map(a -> new ProviderAdjustmentItem(
                        a.remittanceId(),
                        a.payerId(),
                        a.traceNumber(),
                        a.paymentDate(),
                        a.reasonCode(),
                        a.reference(),
                        a.amountCents()))
                .toList();
        Map<String, Long> totals = new TreeMap<>();
        items.forEach(item -> totals.merge(item.reasonCode(), item.amountCents(), Long::sum));
        return new ProviderLedger(items, totals);
    }
}
