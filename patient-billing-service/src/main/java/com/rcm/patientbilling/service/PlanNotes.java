package com.rcm.patientbilling.service;

import com.rcm.patientbilling.domain.InstallmentSchedule;
import com.rcm.patientbilling.domain.Money;
import com.rcm.patientbilling.persistence.PatientPaymentRepository;
import com.rcm.patientbilling.persistence.PaymentPlanEntity;
import com.rcm.patientbilling.persistence.PaymentPlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a guarantor's active payment plan says on a statement: paid so far and the next installment. */
@ApplicationScoped
public class PlanNotes {
    private final PaymentPlanRepository plans;
    private final PatientPaymentRepository payments;

    public PlanNotes(PaymentPlanRepository plans, PatientPaymentRepository payments) {
        this.plans = plans;
        this.payments = payments;
    }

    public Optional<String> of(String guarantorKey, LocalDate asOf) {
        return plans.activeOf(guarantorKey).map(plan -> note(plan, paidToward(plan), asOf));
    }

    /** Every payment of the guarantor since the plan began counts toward it. */
    public long paidToward(PaymentPlanEntity plan) {
        return payments.paidBySince(plan.guarantorKey, plan.createdAt);
    }

    private static String note(PaymentPlanEntity plan, long paid, LocalDate asOf) {
        List<InstallmentSchedule.Standing> standing = InstallmentSchedule.standing(
                InstallmentSchedule.of(plan.totalCents, plan.installmentCents, plan.frequency, plan.firstDueOn),
                paid,
                asOf,
                plan.graceDays);
        String progress = "Payment plan: " + Money.format(Math.min(paid, plan.totalCents)) + " of "
                + Money.format(plan.totalCents) + " paid";
        return standing.stream()
                .filter(s -> s.state() != InstallmentSchedule.State.PAID)
                .findFirst()
                .map(next ->
                        progress + "; next installment (" + next.installment().number() + "): "
                                + Money.format(next.installment().cumulativeCents() - paid) + " due "
                                + next.installment().dueOn()
                                + (next.state() == InstallmentSchedule.State.MISSED ? " (past due)" : ""))
                .orElse(progress);
    }
}
