package com.rcm.patientbilling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallmentScheduleTests {
    private static final LocalDate FIRST = LocalDate.of(2027, 1, 31);

    @Test
    void equalInstallmentsWithTheRemainderLastAndMonthEndsKept() {
        List<InstallmentSchedule.Installment> plan = InstallmentSchedule.of(4000, 1500, PlanFrequency.MONTHLY, FIRST);
        assertEquals(
                List.of(1500L, 1500L, 1000L),
                plan.stream().map(InstallmentSchedule.Installment::amountCents).toList());
        assertEquals(
                List.of(FIRST, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31)),
                plan.stream().map(InstallmentSchedule.Installment::dueOn).toList());
        assertEquals(4000, plan.get(2).cumulativeCents());
        assertEquals(3, InstallmentSchedule.count(4000, 1500));
        assertThrows(
                IllegalArgumentException.class, () -> InstallmentSchedule.of(4000, 0, PlanFrequency.WEEKLY, FIRST));
    }

    @Test
    void paymentsCoverInstallmentsInOrderAndAnUnpaidOneIsMissedThenDefaultedAfterItsGrace() {
        List<InstallmentSchedule.Installment> plan = InstallmentSchedule.of(4000, 1500, PlanFrequency.WEEKLY, FIRST);
        LocalDate secondDue = FIRST.plusWeeks(1);
        assertEquals(List.of("PAID", "DUE", "DUE"), states(plan, 1500, secondDue));
        assertEquals(List.of("PAID", "MISSED", "DUE"), states(plan, 2999, secondDue.plusDays(1)));
        assertEquals(List.of("PAID", "MISSED", "DUE"), states(plan, 1500, secondDue.plusDays(5)));
        assertEquals(List.of("PAID", "DEFAULTED", "MISSED"), states(plan, 1500, secondDue.plusDays(8)));
        assertEquals(List.of("PAID", "PAID", "PAID"), states(plan, 4000, secondDue.plusDays(60)));
    }

    private static List<String> states(List<InstallmentSchedule.Installment> plan, long paid, LocalDate asOf) {
        return InstallmentSchedule.standing(plan, paid, asOf, 5).stream()
                .map(s -> s.state().name())
                .toList();
    }
}
