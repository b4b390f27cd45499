package com.rcm.patientbilling.api;

import java.time.LocalDate;
import java.util.List;

/** A payment plan: its terms, each installment's state as of today, and its history. */
public record PlanView(
        String id,
        String guarantorId,
        String status,
        long totalCents,
        long installmentCents,
        String frequency,
        LocalDate firstDueOn,
        int graceDays,
        long paidCents,
        LocalDate endedOn,
        List<Installment> installments,
        List<Step> history) {

    /** {@code state}: PAID, DUE, MISSED (past due, within grace) or DEFAULTED (past grace). */
    public record Installment(int number, LocalDate dueOn, long amountCents, String state) {}

    public record Step(String kind, Integer installment, Long amountCents, LocalDate on) {}
}
