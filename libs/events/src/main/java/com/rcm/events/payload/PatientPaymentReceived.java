package com.rcm.events.payload;

import java.time.LocalDate;

/**
 * A patient (or their guarantor) paid. {@code appliedCents} settled open charges, oldest first;
 * {@code creditCents} was more than the guarantor owed and waits as a credit with a refund request.
 */
public record PatientPaymentReceived(
        String paymentId,
        String patientId,
        String guarantorId,
        long amountCents,
        String method,
        LocalDate receivedOn,
        long appliedCents,
        long creditCents) {}
