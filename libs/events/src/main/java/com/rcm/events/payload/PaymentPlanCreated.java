package com.rcm.events.payload;

import java.time.LocalDate;

/** A guarantor agreed to pay {@code totalCents} in installments; statements stop dunning while it runs. */
public record PaymentPlanCreated(
        String planId,
        String guarantorId,
        long totalCents,
        long installmentCents,
        String frequency,
        LocalDate firstDueOn,
        int installments) {}
