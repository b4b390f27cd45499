package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * When the payer's payment on a claim is posted, what insurance left to the patient is charged to
 * their account, and while the account owes anything a statement goes out at once (statement
 * cycles come later).
 */
@ApplicationScoped
public class PatientResponsibilityPosting {
    private final PatientAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final PatientLedger ledger;
    private final StatementIssuing statements;

    public PatientResponsibilityPosting(PatientAccountRepository accounts, LedgerEntryRepository entries,
            PatientLedger ledger, StatementIssuing statements) {
        this.accounts = accounts;
        this.entries = entries;
        this.ledger = ledger;
        this.statements = statements;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(String tenantId, PaymentPosted posted, EventEnvelope cause) {
        Patient patient = posted.patient();
        String address = patient.address() == null ? null : EventJson.write(patient.address());
        PatientAccountEntity account = accounts.openAndLock(tenantId, patient.externalId(), patient.firstName(),
                patient.lastName(), address);
        // The practice's latest demographics address the next statement; issued ones keep what they said.
        account.firstName = patient.firstName();
        account.lastName = patient.lastName();
        account.address = address;
        if (entries.hasChargeFor(posted.claimId(), posted.remittanceId())) {
            return;
        }
        long owed = posted.patientResponsibility().totalCents();
        if (owed > 0) {
            ledger.chargePatientResponsibility(account, owed, posted.claimId(), posted.encounterId(),
                    posted.remittanceId());
        } else if (owed < 0) {
            // A reversal (835 CLP02 22) carries the earlier patient responsibility negated.
            ledger.reverseInsurance(account, owed, posted.claimId(), posted.encounterId(), posted.remittanceId());
        }
        long balance = ledger.balanceOf(account);
        if (balance > 0) {
            statements.issue(account, posted, balance, cause);
        }
    }
}
