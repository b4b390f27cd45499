package com.rcm.patientbilling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment plan's installments and where the guarantor stands on them. Payments count toward the
 * plan in order, so installment n is paid once everything paid covers installments 1..n. An unpaid
 * installment is MISSED from the day after it was due and DEFAULTS the plan once its grace days are over.
 */
public final class InstallmentSchedule {
    /** A plan longer than this is refused: five years of monthly installments. */
    public static final int MAX_INSTALLMENTS = 60;

    public record Installment(int number, LocalDate dueOn, long amountCents, long cumulativeCents) {}

    public enum State {
        PAID,
        DUE,
        MISSED,
        DEFAULTED
    }

    public record Standing(Installment installment, State state) {}

    /** Equal installments, the last one what remains. */
    public static List<Installment> of(
            long totalCents, long installmentCents, PlanFrequency frequency, LocalDate firstDueOn) {
        if (totalCents <= 0 || installmentCents <= 0) {
            throw new IllegalArgumentException("a plan's total and installment must be positive");
        }
        List<Installment> installments = new ArrayList<>();
        long scheduled = 0;
        for (int i = 0; scheduled < totalCents; i++) {
            long amount = Math.min(installmentCents, totalCents - scheduled);
            scheduled += amount;
            installments.add(new Installment(i + 1, frequency.dueOn(firstDueOn, i), amount, scheduled));
        }
        return installments;
    }

    public static int count(long totalCents, long installmentCents) {
        return (int) ((totalCents + installmentCents - 1) / installmentCents);
    }

    /** Each installment's state as of {@code asOf}, given what the guarantor has paid toward the plan. */
    public static List<Standing> standing(
            List<Installment> installments, long paidCents, LocalDate asOf, int graceDays) {
        return installments.stream()
                .map(i -> new Standing(i, stateOf(i, paidCents, asOf, graceDays)))
                .toList();
    }

    private static State stateOf(Installment installment, long paidCents, LocalDate asOf, int graceDays) {
        if (paidCents >= installment.cumulativeCents()) {
            return State.PAID;
        }
        if (!asOf.isAfter(installment.dueOn())) {
            return State.DUE;
        }
        return asOf.isAfter(installment.dueOn().plusDays(graceDays)) ? State.DEFAULTED : State.MISSED;
    }

    private InstallmentSchedule() {}
}
