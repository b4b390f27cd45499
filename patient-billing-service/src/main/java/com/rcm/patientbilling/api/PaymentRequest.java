package com.rcm.patientbilling.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A patient payment taken at the front desk or online; card processing happened elsewhere. */
public record PaymentRequest(
        @NotNull @Positive Long amountCents,
        @NotNull @Pattern(regexp = "CARD|CASH|CHECK|ACH", message = "must be CARD, CASH, CHECK or ACH") String method,
        @Size(max = 100) String processorReference,
        LocalDate receivedOn) {
}
