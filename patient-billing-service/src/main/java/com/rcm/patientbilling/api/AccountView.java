package com.rcm.patientbilling.api;

import java.time.OffsetDateTime;
import java.util.List;

/** A patient's account: the balance (the sum of the ledger) and every entry. */
public record AccountView(String patientId, String firstName, String lastName, long balanceCents, List<Entry> entries) {

    public record Entry(String id, String kind, long amountCents, String claimId, String encounterId, String reference,
            String description, OffsetDateTime at) {
    }
}
