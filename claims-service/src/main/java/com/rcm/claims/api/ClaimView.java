package com.rcm.claims.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A claim as a biller sees it: status, money, lines and what happened to it. */
public record ClaimView(String id, String encounterId, String patientControlNumber, String payerId, String status,
        String frequencyCode, LocalDate dateOfService, long totalChargeCents, String interchangeControlNumber,
        OffsetDateTime createdAt, OffsetDateTime submittedAt, List<Line> lines, List<StatusChange> history) {

    public record Line(int lineNumber, String code, List<String> modifiers, int units, List<Integer> diagnosisPointers,
            long chargeCents, String lineControlNumber) {
    }

    public record StatusChange(String status, String detail, OffsetDateTime at) {
    }
}
