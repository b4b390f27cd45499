package com.rcm.patientbilling.service;

import com.rcm.patientbilling.persistence.GuarantorEntity;
import com.rcm.patientbilling.persistence.GuarantorRepository;
import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Opens a guarantor's book. Locks are always taken guarantor first, then accounts in id order, so
 * statements, payments and plans of one guarantor run one at a time and never deadlock each other;
 * a claim posting locks only its account and never waits for a guarantor.
 */
@ApplicationScoped
public class GuarantorBooks {
    private final GuarantorRepository guarantors;
    private final PatientAccountRepository accounts;
    private final LedgerEntryRepository entries;

    public GuarantorBooks(
            GuarantorRepository guarantors, PatientAccountRepository accounts, LedgerEntryRepository entries) {
        this.guarantors = guarantors;
        this.accounts = accounts;
        this.entries = entries;
    }

    /** Makes sure the guarantor an account is billed to exists: the patient themselves until another is named. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureFor(PatientAccountEntity account) {
        if (guarantors.findByKey(account.guarantorId).isEmpty()) {
            guarantors.ensure(
                    account.tenantId, account.guarantorId, account.firstName, account.lastName, account.address);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<GuarantorBook> lock(String guarantorKey) {
        return guarantors.lockByKey(guarantorKey).map(this::read);
    }

    /** Re-reads a locked guarantor's accounts and ledgers, after this transaction wrote to them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public GuarantorBook read(GuarantorEntity guarantor) {
        return bookOf(guarantor, accounts.lockOfGuarantor(guarantor.guarantorKey));
    }

    /** The guarantor's book as it stands, for reading only: nothing is locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public GuarantorBook view(GuarantorEntity guarantor) {
        return bookOf(guarantor, accounts.ofGuarantor(guarantor.guarantorKey));
    }

    private GuarantorBook bookOf(GuarantorEntity guarantor, List<PatientAccountEntity> of) {
        return new GuarantorBook(
                guarantor,
                of.stream()
                        .map(a -> new GuarantorBook.AccountBook(
                                a, entries.balanceOf(a.id), AccountCharges.of(entries.entriesOf(a.id))))
                        .toList());
    }
}
