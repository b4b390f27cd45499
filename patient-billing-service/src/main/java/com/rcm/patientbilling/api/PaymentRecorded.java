package com.rcm.patientbilling.api;

import java.time.LocalDate;

/** The answer to a patient payment: the payment's id and what was recorded. */
public record PaymentRecorded(
        String id,
        String patientId,
        long amountCents,
        String method,
        String processorReference,
        LocalDate receivedOn) {}
