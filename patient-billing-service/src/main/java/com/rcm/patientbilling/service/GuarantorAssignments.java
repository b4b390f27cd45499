package com.rcm.patientbilling.service;

import com.rcm.patientbilling.persistence.GuarantorEntity;
import com.rcm.patientbilling.persistence.GuarantorRepository;
import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.StatementQueue;
import com.rcm.platform.api.ApiProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.TreeSet;

/**
 * Names who pays for a patient. The account moves from one guarantor's book to another's, so both
 * guarantors are locked before the account, in key order: the order {@link GuarantorBooks} sets for
 * statements and payments, which otherwise hold a guarantor while they wait for this account.
 */
@ApplicationScoped
public class GuarantorAssignments {
    private final PatientAccountRepository accounts;
    private final GuarantorRepository guarantors;
    private final LedgerEntryRepository entries;
    private final StatementQueue statementQueue;

    public GuarantorAssignments(
            PatientAccountRepository accounts,
            GuarantorRepository guarantors,
            LedgerEntryRepository entries,
            StatementQueue statementQueue) {
        this.accounts = accounts;
        this.guarantors = guarantors;
        this.entries = entries;
        this.statementQueue = statementQueue;
    }

    public record Guarantor(String key, String firstName, String lastName, String address) {}

    public record Assigned(PatientAccountEntity account, long balanceCents) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Assigned assign(String tenantId, String patientId, Guarantor named) {
        String leaving = accounts.guarantorOf(patientId)
                .orElseThrow(() -> ApiProblemException.notFound("patient account", patientId));
        guarantors.ensure(tenantId, named.key(), named.firstName(), named.lastName(), named.address());
        for (String key : new TreeSet<>(List.of(leaving, named.key()))) {
            guarantors.lockByKey(key);
        }
        PatientAccountEntity account = accounts.lockByPatientId(patientId).orElseThrow();
        if (!account.guarantorId.equals(leaving)) {
            // Another request moved the account between the read and the locks; going on would lock out of order.
            throw new ApiProblemException(
                    409,
                    "Conflict",
                    "the guarantor of patient " + patientId + " changed while this request ran; send it again");
        }
        GuarantorEntity guarantor = guarantors.findByKey(named.key()).orElseThrow();
        guarantor.firstName = named.firstName();
        guarantor.lastName = named.lastName();
        guarantor.address = named.address();
        account.guarantorId = named.key();
        long balance = entries.balanceOf(account.id);
        if (balance > 0) {
            statementQueue.add(tenantId, named.key(), null);
        }
        return new Assigned(account, balance);
    }
}
