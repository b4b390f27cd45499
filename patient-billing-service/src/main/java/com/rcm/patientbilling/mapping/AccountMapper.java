package com.rcm.patientbilling.mapping;

import com.rcm.patientbilling.api.AccountView;
import com.rcm.patientbilling.api.PaymentRecorded;
import com.rcm.patientbilling.api.PaymentRequest;
import com.rcm.patientbilling.api.PlanView;
import com.rcm.patientbilling.api.RefundView;
import com.rcm.patientbilling.api.StatementSummary;
import com.rcm.patientbilling.domain.PatientPaymentMethod;
import com.rcm.patientbilling.persistence.LedgerEntryEntity;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientPaymentEntity;
import com.rcm.patientbilling.persistence.PaymentPlanEntity;
import com.rcm.patientbilling.persistence.PaymentPlanEventEntity;
import com.rcm.patientbilling.persistence.RefundRequestEntity;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.patientbilling.service.PatientPayments;
import com.rcm.patientbilling.service.PaymentPlans;
import java.time.LocalDate;
import java.util.List;

/** Between the REST bodies and the stored accounts, payments, statements, plans and refunds. */
public final class AccountMapper {

    public static AccountView toView(PatientAccountEntity account, long balanceCents, List<LedgerEntryEntity> entries) {
        return new AccountView(
                account.patientId,
                account.guarantorId,
                account.firstName,
                account.lastName,
                balanceCents,
                entries.stream().map(AccountMapper::toEntry).toList());
    }

    public static PatientPayments.Payment toPayment(String patientId, PaymentRequest request) {
        return new PatientPayments.Payment(
                patientId,
                request.amountCents(),
                PatientPaymentMethod.valueOf(request.method()),
                request.processorReference(),
                request.receivedOn());
    }

    public static PaymentRecorded toRecorded(String patientId, PatientPaymentEntity payment) {
        return new PaymentRecorded(
                payment.id,
                patientId,
                payment.amountCents,
                payment.method.name(),
                payment.processorReference,
                payment.receivedOn);
    }

    public static StatementSummary toSummary(StatementEntity statement) {
        return new StatementSummary(
                statement.id,
                statement.guarantorKey,
                statement.notice.name(),
                statement.encounterIds,
                statement.issuedOn,
                statement.dueDate,
                statement.previousBalanceCents,
                statement.creditsCents,
                statement.amountDueCents);
    }

    public static PlanView toPlanView(PaymentPlanEntity plan, long paidCents, List<PaymentPlanEventEntity> history) {
        LocalDate today = LocalDate.now();
        return new PlanView(
                plan.id,
                plan.guarantorKey,
                plan.status.name(),
                plan.totalCents,
                plan.installmentCents,
                plan.frequency.name(),
                plan.firstDueOn,
                plan.graceDays,
                paidCents,
                plan.endedOn,
                PaymentPlans.standing(plan, paidCents, today).stream()
                        .map(s -> new PlanView.Installment(
                                s.installment().number(),
                                s.installment().dueOn(),
                                s.installment().amountCents(),
                                s.state().name()))
                        .toList(),
                history.stream()
                        .map(h -> new PlanView.Step(h.kind, h.installment, h.amountCents, h.onDate))
                        .toList());
    }

    public static RefundView toRefund(RefundRequestEntity refund, String patientId) {
        return new RefundView(
                refund.id,
                patientId,
                refund.amountCents,
                refund.status.name(),
                refund.paymentId,
                refund.requestedAt,
                refund.issuedOn,
                refund.issuedReference,
                refund.issuedBy);
    }

    private static AccountView.Entry toEntry(LedgerEntryEntity e) {
        return new AccountView.Entry(
                e.id,
                e.kind.name(),
                e.amountCents,
                e.claimId,
                e.encounterId,
                e.remittanceId,
                e.paymentId,
                e.description,
                e.at,
                e.approvedBy);
    }

    private AccountMapper() {}
}
