package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.patientbilling.domain.StatementItemization;
import com.rcm.patientbilling.persistence.BilledServiceEntity;
import com.rcm.patientbilling.persistence.BilledServiceRepository;
import com.rcm.patientbilling.persistence.BillingCycleRuns;
import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.StatementQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * When the payer's payment on a claim is posted, what insurance left to the patient is charged to
 * their account and its services are kept for statements; the guarantor is queued for the next
 * statement batch. An encounter insurance paid in full is settled at once. When another of the
 * patient's payers decides after this one, nothing is charged yet: the patient owes what the last
 * payer leaves, unless that payer is too slow ({@link NextPayerWaits}).
 */
@ApplicationScoped
public class PatientResponsibilityPosting {
    private final PatientAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final BilledServiceRepository services;
    private final PatientLedger ledger;
    private final GuarantorBooks books;
    private final StatementQueue statementQueue;
    private final BillingCycleRuns cycles;
    private final Settlements settlements;
    private final NextPayerWaits nextPayerWaits;

    public PatientResponsibilityPosting(
            PatientAccountRepository accounts,
            LedgerEntryRepository entries,
            BilledServiceRepository services,
            PatientLedger ledger,
            GuarantorBooks books,
            StatementQueue statementQueue,
            BillingCycleRuns cycles,
            Settlements settlements,
            NextPayerWaits nextPayerWaits) {
        this.accounts = accounts;
        this.entries = entries;
        this.services = services;
        this.ledger = ledger;
        this.books = books;
        this.statementQueue = statementQueue;
        this.cycles = cycles;
        this.settlements = settlements;
        this.nextPayerWaits = nextPayerWaits;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(String tenantId, PaymentPosted posted, EventEnvelope cause) {
        Patient patient = posted.patient();
        String address = patient.address() == null ? null : EventJson.write(patient.address());
        PatientAccountEntity account =
                accounts.openAndLock(tenantId, patient.externalId(), patient.firstName(), patient.lastName(), address);
        // The practice's latest demographics address the next statement; issued ones keep what they said.
        account.firstName = patient.firstName();
        account.lastName = patient.lastName();
        account.address = address;
        if (entries.hasChargeFor(posted.claimId(), posted.remittanceId())
                || services.kept(posted.claimId(), posted.remittanceId())) {
            return;
        }
        books.ensureFor(account);
        cycles.enroll(tenantId);
        keepServices(account, posted);
        // A later payer's decision ends the waits for it; a share billed at its deadline is corrected instead.
        boolean earlierShareBilled = posted.afterAnotherPayer() && nextPayerWaits.decided(account, posted, cause);
        if (posted.awaitsNextPayer()) {
            nextPayerWaits.await(account, posted, earlierShareBilled);
            return;
        }
        if (earlierShareBilled) {
            return;
        }
        long owed = posted.patientResponsibility().totalCents();
        if (owed > 0) {
            ledger.chargePatientResponsibility(
                    account, owed, posted.claimId(), posted.encounterId(), posted.remittanceId());
            statementQueue.add(tenantId, account.guarantorId, cause);
        } else if (owed < 0) {
            // A reversal (835 CLP02 22) carries the earlier patient responsibility negated.
            ledger.reverseInsurance(account, owed, posted.claimId(), posted.encounterId(), posted.remittanceId());
        } else {
            settlements.announceIfNothingOwed(account, posted.encounterId(), LocalDate.now(), cause);
        }
    }

    private void keepServices(PatientAccountEntity account, PaymentPosted posted) {
        BilledServiceEntity billed = new BilledServiceEntity();
        billed.id = UUID.randomUUID().toString();
        billed.tenantId = account.tenantId;
        billed.accountId = account.id;
        billed.encounterId = posted.encounterId();
        billed.claimId = posted.claimId();
        billed.remittanceId = posted.remittanceId();
        billed.lines = EventJson.write(StatementItemization.of(posted));
        billed.postedAt = OffsetDateTime.now();
        services.persist(billed);
    }
}
