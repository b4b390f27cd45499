package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.patientbilling.domain.BillingPolicy;
import com.rcm.patientbilling.domain.DunningStep;
import com.rcm.patientbilling.domain.Notice;
import com.rcm.patientbilling.persistence.PatientPaymentRepository;
import com.rcm.patientbilling.persistence.PaymentPlanRepository;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.patientbilling.persistence.StatementQueue;
import com.rcm.patientbilling.persistence.StatementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Decides what one guarantor gets: a statement for new charges, the next dunning notice, the
 * collections flag, a small-balance write-off, or nothing. Each call works on the locked guarantor.
 */
@ApplicationScoped
public class GuarantorNotices {
    private final GuarantorBooks books;
    private final StatementIssuing statements;
    private final StatementRepository issued;
    private final PatientPaymentRepository payments;
    private final PaymentPlanRepository plans;
    private final SmallBalanceRule smallBalances;
    private final StatementQueue queue;

    public GuarantorNotices(
            GuarantorBooks books,
            StatementIssuing statements,
            StatementRepository issued,
            PatientPaymentRepository payments,
            PaymentPlanRepository plans,
            SmallBalanceRule smallBalances,
            StatementQueue queue) {
        this.books = books;
        this.statements = statements;
        this.issued = issued;
        this.payments = payments;
        this.plans = plans;
        this.smallBalances = smallBalances;
        this.queue = queue;
    }

    /** What happened to one guarantor. */
    public enum Outcome {
        NOTHING,
        STATEMENT,
        REMINDER,
        FINAL_NOTICE,
        COLLECTIONS,
        SMALL_BALANCE_WRITTEN_OFF
    }

    /**
     * New charges: a statement of everything owed, unless it is small enough to write off. {@code cause}
     * is the event that brought the charges, or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome onNewCharges(String guarantorKey, LocalDate asOf, BillingPolicy policy, EventEnvelope cause) {
        Optional<GuarantorBook> book = books.lock(guarantorKey);
        if (book.isEmpty() || book.get().balanceCents() <= 0) {
            return Outcome.NOTHING;
        }
        if (SmallBalanceRule.applies(book.get().balanceCents(), policy)) {
            smallBalances.writeOff(book.get(), policy, asOf, cause);
            return Outcome.SMALL_BALANCE_WRITTEN_OFF;
        }
        return issue(book.get(), Notice.STATEMENT, asOf, policy, cause);
    }

    /**
     * The daily cycle: an open balance gets its next notice when the practice's interval has passed, then
     * the collections flag. Guarantors on an active plan, or already flagged, are left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome onCycle(String guarantorKey, LocalDate asOf, BillingPolicy policy) {
        Optional<GuarantorBook> found = books.lock(guarantorKey);
        if (found.isEmpty() || found.get().balanceCents() <= 0) {
            return Outcome.NOTHING;
        }
        GuarantorBook book = found.get();
        if (SmallBalanceRule.applies(book.balanceCents(), policy)) {
            smallBalances.writeOff(book, policy, asOf, null);
            return Outcome.SMALL_BALANCE_WRITTEN_OFF;
        }
        if (plans.activeOf(guarantorKey).isPresent() || book.guarantor().collectionsOn != null) {
            return Outcome.NOTHING;
        }
        Optional<StatementEntity> last = issued.lastTo(guarantorKey);
        if (last.isEmpty()) {
            // New charges the statement batch has not billed yet are the batch's: two statements otherwise.
            return queue.holds(book.guarantor().tenantId, guarantorKey)
                    ? Outcome.NOTHING
                    : issue(book, Notice.STATEMENT, asOf, policy, null);
        }
        boolean paidSince = payments.paidBySince(guarantorKey, last.get().createdAt) > 0;
        DunningStep step = DunningStep.after(last.get().notice, last.get().issuedOn, paidSince, asOf, policy);
        if (step == DunningStep.WAIT) {
            return Outcome.NOTHING;
        }
        if (step == DunningStep.COLLECTIONS) {
            book.guarantor().collectionsOn = asOf;
            return Outcome.COLLECTIONS;
        }
        return issue(book, step.notice(), asOf, policy, null);
    }

    /** After a plan defaulted: statements resume at once, from the first step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome resumeStatements(GuarantorBook book, LocalDate asOf, BillingPolicy policy) {
        return issue(books.read(book.guarantor()), Notice.STATEMENT, asOf, policy, null);
    }

    private Outcome issue(
            GuarantorBook book, Notice notice, LocalDate asOf, BillingPolicy policy, EventEnvelope cause) {
        return statements
                .issue(book, notice, asOf, policy, cause)
                .map(s -> Outcome.valueOf(notice.name()))
                .orElse(Outcome.NOTHING);
    }
}
