package com.rcm.patientbilling.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A guarantor as the front office sees them: the accounts they answer for, what they owe in all and by
 * age, where they stand in dunning, their active payment plan and their statements.
 */
public record GuarantorView(
        String guarantorId,
        String firstName,
        String lastName,
        long balanceCents,
        Map<String, Long> aging,
        List<Account> accounts,
        String lastNotice,
        LocalDate lastNoticeOn,
        LocalDate collectionsOn,
        String activePlanId,
        List<StatementSummary> statements) {

    public record Account(String patientId, String firstName, String lastName, long balanceCents) {}
}
