package com.rcm.patientbilling.api;

import java.time.OffsetDateTime;
import java.util.List;

/** A patient's account: the balance (always the sum of the entries) and every ledger entry, oldest first. */
public record AccountView(
        String patientId,
        String guarantorId,
        String firstName,
        String lastName,
        long balanceCents,
        List<Entry> entries) {

    public record Entry(
            String id,
            String kind,
            long amountCents,
            String claimId,
            String encounterId,
            String remittanceId,
            String paymentId,
            String description,
            OffsetDateTime at,
            String approvedBy) {}
}
