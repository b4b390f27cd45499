package com.rcm.patientbilling.domain;

import java.time.LocalDate;

/** How often a payment plan's installments fall due. */
public enum PlanFrequency {
    WEEKLY,
    BIWEEKLY,
    MONTHLY;

    /** The due date of installment {@code index} (0 for the first). A monthly plan keeps its day of month where it can. */
    public LocalDate dueOn(LocalDate first, int index) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case BIWEEKLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }
}
