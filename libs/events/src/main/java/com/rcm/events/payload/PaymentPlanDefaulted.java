package com.rcm.events.payload;

import java.time.LocalDate;

/**
 * An installment stayed unpaid past its grace period: the plan ended and statements resume for
 * {@code balanceCents}.
 */
public record PaymentPlanDefaulted(
        String planId,
        String guarantorId,
        int missedInstallment,
        LocalDate dueOn,
        long unpaidCents,
        long balanceCents) {}
