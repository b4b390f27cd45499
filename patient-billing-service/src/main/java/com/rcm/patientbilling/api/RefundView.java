package com.rcm.patientbilling.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A refund request: REQUESTED when an overpayment left a credit, ISSUED once the practice paid it back. */
public record RefundView(
        String id,
        String patientId,
        long amountCents,
        String status,
        String paymentId,
        OffsetDateTime requestedAt,
        LocalDate issuedOn,
        String issuedReference,
        String issuedBy) {}
