package com.rcm.patientbilling.service;

import com.rcm.events.payload.PaymentPlanCreated;
import com.rcm.events.payload.PaymentPlanDefaulted;
import com.rcm.patientbilling.domain.InstallmentSchedule;
import com.rcm.patientbilling.domain.PlanFrequency;
import com.rcm.patientbilling.persistence.PaymentPlanEntity;
import com.rcm.patientbilling.persistence.PaymentPlanRepository;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payment plans: a guarantor pays a balance in installments instead of being dunned for it. Every
 * payment of the guarantor after the plan began counts toward it, installments in order. An
 * installment unpaid after its due date is MISSED; unpaid after the grace days the plan DEFAULTS,
 * ends, and statements resume. A plan is COMPLETED when paid in full or when nothing is owed any more.
 */
@ApplicationScoped
public class PaymentPlans {
    public static final String CREATED = "CREATED";
    public static final String INSTALLMENT_PAID = "INSTALLMENT_PAID";
    public static final String INSTALLMENT_MISSED = "INSTALLMENT_MISSED";
    public static final String COMPLETED = "COMPLETED";
    public static final String DEFAULTED = "DEFAULTED";

    private final PaymentPlanRepository plans;
    private final GuarantorBooks books;
    private final PlanNotes notes;
    private final BillingPolicies policies;
    private final Outbox outbox;

    public PaymentPlans(
            PaymentPlanRepository plans,
            GuarantorBooks books,
            PlanNotes notes,
            BillingPolicies policies,
            Outbox outbox) {
        this.plans = plans;
        this.books = books;
        this.notes = notes;
        this.policies = policies;
        this.outbox = outbox;
    }

    /** {@code totalCents} null means the guarantor's whole balance. */
    public record NewPlan(Long totalCents, long installmentCents, PlanFrequency frequency, LocalDate firstDueOn) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentPlanEntity create(String tenantId, String guarantorKey, NewPlan request, LocalDate today) {
        GuarantorBook book =
                books.lock(guarantorKey).orElseThrow(() -> ApiProblemException.notFound("guarantor", guarantorKey));
        plans.activeOf(guarantorKey).ifPresent(active -> {
            throw new ApiProblemException(
                    409, "Plan already active", "guarantor " + guarantorKey + " already pays on plan " + active.id);
        });
        long balance = book.balanceCents();
        long total = request.totalCents() == null ? balance : request.totalCents();
        if (balance <= 0) {
            throw unprocessable("guarantor " + guarantorKey + " owes nothing");
        }
        if (total <= 0 || total > balance) {
            throw unprocessable("totalCents " + total + " must be more than 0 and at most the balance of " + balance);
        }
        if (request.installmentCents() > total) {
            throw unprocessable("installmentCents " + request.installmentCents() + " is more than the plan's total");
        }
        int count = InstallmentSchedule.count(total, request.installmentCents());
        if (count > InstallmentSchedule.MAX_INSTALLMENTS) {
            throw unprocessable(count + " installments; a plan has at most " + InstallmentSchedule.MAX_INSTALLMENTS);
        }
        if (request.firstDueOn().isBefore(today)) {
            throw unprocessable("firstDueOn " + request.firstDueOn() + " is in the past");
        }
        PaymentPlanEntity plan = new PaymentPlanEntity();
        plan.id = UUID.randomUUID().toString();
        plan.tenantId = tenantId;
        plan.guarantorKey = guarantorKey;
        plan.totalCents = total;
        plan.installmentCents = request.installmentCents();
        plan.frequency = request.frequency();
        plan.firstDueOn = request.firstDueOn();
        plan.graceDays = policies.of(tenantId).planGraceDays();
        plan.status = PaymentPlanEntity.Status.ACTIVE;
        plan.createdAt = OffsetDateTime.now();
        plans.persist(plan);
        plans.flush();
        plans.recordOnce(plan, CREATED, null, total, today);
        outbox.publish(OutgoingEvent.of(
                tenantId,
                null,
                "payment-plan/" + plan.id,
                new PaymentPlanCreated(
                        plan.id,
                        guarantorKey,
                        total,
                        plan.installmentCents,
                        plan.frequency.name(),
                        plan.firstDueOn,
                        count)));
        return plan;
    }

    /** After a payment: installments it covered are recorded paid, and a plan paid off completes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterPayment(GuarantorBook book, LocalDate on) {
        plans.activeOf(book.guarantor().guarantorKey).ifPresent(plan -> {
            long paid = notes.paidToward(plan);
            for (InstallmentSchedule.Standing s : standing(plan, paid, on)) {
                if (s.state() == InstallmentSchedule.State.PAID) {
                    plans.recordOnce(
                            plan,
                            INSTALLMENT_PAID,
                            s.installment().number(),
                            s.installment().amountCents(),
                            on);
                }
            }
            if (paid >= plan.totalCents || book.balanceCents() <= 0) {
                end(plan, PaymentPlanEntity.Status.COMPLETED, COMPLETED, null, paid, on);
            }
        });
    }

    /** Where a plan stands after its daily review. */
    public enum Review {
        ON_TRACK,
        MISSED,
        COMPLETED,
        DEFAULTED
    }

    /** The daily look at an active plan: past-due installments are recorded missed; one past its grace defaults it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Review review(PaymentPlanEntity plan, GuarantorBook book, LocalDate asOf) {
        long paid = notes.paidToward(plan);
        if (paid >= plan.totalCents || book.balanceCents() <= 0) {
            end(plan, PaymentPlanEntity.Status.COMPLETED, COMPLETED, null, paid, asOf);
            return Review.COMPLETED;
        }
        Review review = Review.ON_TRACK;
        for (InstallmentSchedule.Standing s : standing(plan, paid, asOf)) {
            InstallmentSchedule.Installment installment = s.installment();
            long unpaid = installment.cumulativeCents() - paid;
            if (s.state() == InstallmentSchedule.State.MISSED || s.state() == InstallmentSchedule.State.DEFAULTED) {
                plans.recordOnce(plan, INSTALLMENT_MISSED, installment.number(), unpaid, installment.dueOn());
                review = Review.MISSED;
            }
            if (s.state() == InstallmentSchedule.State.DEFAULTED) {
                end(plan, PaymentPlanEntity.Status.DEFAULTED, DEFAULTED, installment.number(), unpaid, asOf);
                outbox.publish(OutgoingEvent.of(
                        plan.tenantId,
                        null,
                        "payment-plan/" + plan.id,
                        new PaymentPlanDefaulted(
                                plan.id,
                                plan.guarantorKey,
                                installment.number(),
                                installment.dueOn(),
                                unpaid,
                                book.balanceCents())));
                return Review.DEFAULTED;
            }
        }
        return review;
    }

    public static List<InstallmentSchedule.Standing> standing(PaymentPlanEntity plan, long paid, LocalDate asOf) {
        return InstallmentSchedule.standing(
                InstallmentSchedule.of(plan.totalCents, plan.installmentCents, plan.frequency, plan.firstDueOn),
                paid,
                asOf,
                plan.graceDays);
    }

    private void end(
            PaymentPlanEntity plan,
            PaymentPlanEntity.Status status,
            String kind,
            Integer installment,
            long amountCents,
            LocalDate on) {
        plan.status = status;
        plan.endedOn = on;
        plans.recordOnce(plan, kind, installment, amountCents, on);
    }

    private static ApiProblemException unprocessable(String detail) {
        return new ApiProblemException(422, "Payment plan not possible", detail);
    }
}
