package com.rcm.payments.mapping;

import com.rcm.payments.api.DepositView;
import com.rcm.payments.api.RemittanceView;
import com.rcm.payments.persistence.ClaimPaymentRepository;
import com.rcm.payments.persistence.EraFiles;
import com.rcm.payments.persistence.ProviderAdjustmentRepository;
import com.rcm.payments.persistence.RemittanceRepository;
import com.rcm.payments.persistence.RemittanceWarnings;
import com.rcm.payments.persistence.UnmatchedPaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a remittance and its postings into the API view. */
@ApplicationScoped
public class RemittanceViews {
    private final RemittanceRepository remittances;
    private final ClaimPaymentRepository claimPayments;
    private final UnmatchedPaymentRepository unmatched;
    private final ProviderAdjustmentRepository providerAdjustments;
    private final EraFiles eraFiles;
    private final RemittanceWarnings warnings;

    public RemittanceViews(
            RemittanceRepository remittances,
            ClaimPaymentRepository claimPayments,
            UnmatchedPaymentRepository unmatched,
            ProviderAdjustmentRepository providerAdjustments,
            EraFiles eraFiles,
            RemittanceWarnings warnings) {
        this.remittances = remittances;
        this.claimPayments = claimPayments;
        this.unmatched = unmatched;
        this.providerAdjustments = providerAdjustments;
        this.eraFiles = eraFiles;
        this.warnings = warnings;
    }

    public Optional<RemittanceView> find(String id) {
        return remittances.find(id).map(this::view);
    }

    private RemittanceView view(RemittanceRepository.Remittance r) {
        List<RemittanceView.ClaimPosting> claims = claimPayments.ofRemittance(r.id()).stream()
                .map(this::claimPosting)
                .toList();
        List<RemittanceView.Unmatched> left = unmatched.ofRemittance(r.id()).stream()
                .map(u -> new RemittanceView.Unmatched(
                        u.patientControlNumber(), u.claimStatusCode(), u.chargeCents(), u.paidCents(), u.reason()))
                .toList();
        List<RemittanceView.ProviderAdjustment> plb = providerAdjustments.ofRemittance(r.id()).stream()
                .map(p -> new RemittanceView.ProviderAdjustment(p.reasonCode(), p.reference(), p.amountCents()))
                .toList();
        return new RemittanceView(
                r.id(),
                r.payerId(),
                r.payerName(),
                r.traceNumber(),
                r.paymentMethod(),
                r.paymentDate(),
                r.paymentAmountCents(),
                r.status(),
                r.problem(),
                r.channel(),
                r.receivedAt(),
                claims,
                left,
                plb,
                warnings.of(r.id()));
    }

    private RemittanceView.ClaimPosting claimPosting(ClaimPaymentRepository.Posting c) {
        List<RemittanceView.AdjustmentView> adjustments = claimPayments.adjustments(c.id()).stream()
                .map(a -> new RemittanceView.AdjustmentView(a.lineNumber(), a.groupCode(), a.carc(), a.amountCents()))
                .toList();
        List<RemittanceView.LinePosting> lines = claimPayments.lines(c.id()).stream()
                .map(l -> new RemittanceView.LinePosting(l.lineNumber(), l.code(), l.chargeCents(), l.paidCents()))
                .toList();
        return new RemittanceView.ClaimPosting(
                c.claimId(),
                c.encounterId(),
                c.patientControlNumber(),
                c.payerClaimControlNumber(),
                c.claimStatusCode(),
                c.chargeCents(),
                c.paidCents(),
                c.patientResponsibilityCents(),
                adjustments,
                c.underpaidCents(),
                payerSequence(c.claimStatusCode()),
                FORWARDED.contains(c.claimStatusCode()),
                claimPayments.remarkCodes(c.id()),
                lines);
    }

    public List<RemittanceView> forClaim(String claimId) {
        return claimPayments.remittancesOfClaim(claimId).stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** Deposits paid between two dates (payment date, BPR16), newest first. */
    public List<DepositView> deposits(LocalDate from, LocalDate to) {
        return remittances.deposits(from, to).stream()
                .map(d -> new DepositView(
                        d.id(),
                        d.payerId(),
                        d.traceNumber(),
                        d.paymentMethod(),
                        d.paymentDate(),
                        d.amountCents(),
                        d.postedCents(),
                        d.providerAdjustmentCents(),
                        d.amountCents() - (d.postedCents() - d.providerAdjustmentCents()),
                        d.status()))
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
}
