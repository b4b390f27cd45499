package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.patientbilling.config.PatientBillingConfig;
import com.rcm.patientbilling.persistence.AwaitedPayerEntity;
import com.rcm.patientbilling.persistence.AwaitedPayerRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.StatementQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The patient's share while another of the patient's payers still decides: it waits for that payer, at
 * most {@code patient-billing.next-payer-wait-days}; then the billing cycle bills it, and the payer's
 * decision, whenever it comes, corrects what was billed by one ledger entry.
 */
@ApplicationScoped
public class NextPayerWaits {
    private final AwaitedPayerRepository waits;
    private final PatientAccountRepository accounts;
    private final PatientLedger ledger;
    private final StatementQueue statementQueue;
    private final int waitDays;

    public NextPayerWaits(
            AwaitedPayerRepository waits,
            PatientAccountRepository accounts,
            PatientLedger ledger,
            StatementQueue statementQueue,
            PatientBillingConfig config) {
        this.waits = waits;
        this.accounts = accounts;
        this.ledger = ledger;
        this.statementQueue = statementQueue;
        this.waitDays = config.nextPayerWaitDays();
    }

    /**
     * Starts the wait for the payer this posting names next. {@code alreadyBilled}: an earlier share of
     * the encounter went out at its deadline and now stands at this posting's, so the wait starts billed
     * and the next payer's decision corrects it. The account is locked by the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void await(PatientAccountEntity account, PaymentPosted posted, boolean alreadyBilled) {
        AwaitedPayerEntity wait = new AwaitedPayerEntity();
        wait.id = UUID.randomUUID().toString();
        wait.tenantId = account.tenantId;
        wait.accountId = account.id;
        wait.encounterId = posted.encounterId();
        wait.claimId = posted.claimId();
        wait.remittanceId = posted.remittanceId();
        wait.nextPayerId = posted.nextPayerId();
        wait.owedCents = posted.patientResponsibility().totalCents();
        wait.dueOn = LocalDate.now().plusDays(waitDays);
        wait.billedAt = alreadyBilled ? OffsetDateTime.now() : null;
        waits.persist(wait);
    }

    /**
     * A later payer decided: ends the encounter's waits (a tertiary's decision ends the secondary's too).
     * Answers whether an earlier share was billed already (its deadline passed), in which case the ledger
     * was corrected here to this payer's share and the caller must not charge it again. The account is
     * locked by the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean decided(PatientAccountEntity account, PaymentPosted later, EventEnvelope cause) {
        Optional<Long> billed = Optional.empty();
        for (AwaitedPayerEntity wait : waits.openFor(later.encounterId())) {
            wait.resolvedAt = OffsetDateTime.now();
            if (wait.billedAt != null) {
                billed = Optional.of(wait.owedCents);
            }
        }
        if (billed.isEmpty()) {
            return false;
        }
        long change = later.patientResponsibility().totalCents() - billed.get();
        if (change != 0) {
            ledger.adjustForLaterPayer(
                    account, change, later.claimId(), later.encounterId(), later.remittanceId(), later.payerId());
            statementQueue.add(account.tenantId, account.guarantorId, cause);
        }
        return true;
    }

    /** Bills one share whose payer did not answer in time; false when it was decided or billed meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean billOverdue(String waitId) {
        AwaitedPayerEntity wait = waits.findById(waitId);
        PatientAccountEntity account = accounts.lockById(wait.accountId);
        waits.getEntityManager().refresh(wait);
        if (wait.billedAt != null || wait.resolvedAt != null) {
            return false;
        }
        wait.billedAt = OffsetDateTime.now();
        if (wait.owedCents > 0) {
            ledger.chargePatientResponsibility(
                    account, wait.owedCents, wait.claimId, wait.encounterId, wait.remittanceId);
            statementQueue.add(account.tenantId, account.guarantorId, null);
        }
        return true;
    }
}
