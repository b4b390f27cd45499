package com.rcm.patientbilling.mapping;

import com.rcm.patientbilling.api.AccountView;
import com.rcm.patientbilling.api.PaymentRecorded;
import com.rcm.patientbilling.api.PaymentRequest;
import com.rcm.patientbilling.api.StatementSummary;
import com.rcm.patientbilling.domain.PaymentMethod;
import com.rcm.patientbilling.persistence.LedgerEntryEntity;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientPaymentEntity;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.patientbilling.service.PatientPayments;
import java.util.List;

/** Between the REST bodies and the stored accounts, payments and statements. */
public final class AccountMapper {

    public static AccountView toView(PatientAccountEntity account, long balanceCents, List<LedgerEntryEntity> entries) {
        return new AccountView(account.patientId, account.guarantorId, account.firstName, account.lastName,
                balanceCents, entries.stream().map(AccountMapper::toEntry).toList());
    }

    public static PatientPayments.Payment toPayment(String patientId, PaymentRequest request) {
        return new PatientPayments.Payment(patientId, request.amountCents(), PaymentMethod.valueOf(request.method()),
                request.processorReference(), request.receivedOn());
    }

    public static PaymentRecorded toRecorded(String patientId, PatientPaymentEntity payment) {
        return new PaymentRecorded(payment.id, patientId, payment.amountCents, payment.method.name(),
                payment.processorReference, payment.receivedOn);
    }

    public static StatementSummary toSummary(String patientId, StatementEntity statement) {
        return new StatementSummary(statement.id, patientId, statement.encounterIds, statement.issuedOn,
                statement.dueDate, statement.previousBalanceCents, statement.amountDueCents);
    }

    private static AccountView.Entry toEntry(LedgerEntryEntity e) {
        return new AccountView.Entry(e.id, e.kind.name(), e.amountCents, e.claimId, e.encounterId, e.remittanceId,
                e.paymentId, e.description, e.at, e.approvedBy);
    }

    private AccountMapper() {
    }
}
