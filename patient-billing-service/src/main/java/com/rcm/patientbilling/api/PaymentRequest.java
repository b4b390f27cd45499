package com.rcm.patientbilling.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A patient payment taken at the front desk or online; the card or bank processing happened elsewhere.
 * {@code method} is checked here as text so that a wrong one is named like every other bad field.
 */
public record PaymentRequest(
        @NotNull @Positive Long amountCents,

        @NotNull @Pattern(regexp = "CARD|CASH|CHECK|ACH", message = "must be CARD, CASH, CHECK or ACH")
        String method,

        @Size(max = 100) String processorReference,
        @PastOrPresent LocalDate receivedOn) {}
