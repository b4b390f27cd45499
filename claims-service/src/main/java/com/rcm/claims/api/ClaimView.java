package com.rcm.claims.api;

import com.rcm.claims.domain.Denial;
import com.rcm.claims.scrub.ScrubFinding;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A claim as a biller sees it: status, money, lines, what happened to it, when held what to fix, when
 * denied why, and the deadlines it must meet. An encounter has a claim per payer: {@code coverageOrder}
 * 1 is the primary's, 2 the secondary's (built once the primary's decision is posted), 3 the tertiary's.
 */
public record ClaimView(
        String id,
        String encounterId,
        String patientControlNumber,
        String payerId,
        String status,
        String frequencyCode,
        LocalDate dateOfService,
        long totalChargeCents,
        String interchangeControlNumber,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        List<Line> lines,
        List<StatusChange> history,
        List<ScrubFinding> scrubFindings,
        String payerClaimControlNumber,
        String replacesClaimId,
        Denial denial,
        LocalDate timelyFilingDeadline,
        LocalDate appealDeadline,
        int coverageOrder,
        String priorClaimId) {

    public record Line(
            int lineNumber,
            String code,
            List<String> modifiers,
            int units,
            List<Integer> diagnosisPointers,
            long chargeCents,
            String lineControlNumber) {}

    public record StatusChange(String status, String detail, OffsetDateTime at) {}
}
