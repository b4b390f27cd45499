package com.rcm.claims.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.claims.api.ClaimView;
import com.rcm.claims.domain.Denial;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import com.rcm.claims.scrub.ScrubFinding;
import com.rcm.events.EventJson;
import java.util.Arrays;
import java.util.List;

public final class ClaimMapper {
    private static final TypeReference<List<ScrubFinding>> FINDINGS = new TypeReference<>() {};

    public static ClaimView toView(ClaimEntity claim) {
        return new ClaimView(
                claim.id,
                claim.encounterId,
                claim.patientControlNumber,
                claim.payerId,
                claim.status.name(),
                claim.frequencyCode,
                claim.dateOfService,
                claim.totalChargeCents,
                claim.interchangeControlNumber,
                claim.createdAt,
                claim.submittedAt,
                claim.lines.stream().map(ClaimMapper::toLine).toList(),
                claim.history.stream()
                        .map(h -> new ClaimView.StatusChange(h.status, h.detail, h.at))
                        .toList(),
                claim.scrubFindings == null ? List.of() : readFindings(claim.scrubFindings),
                claim.payerClaimControlNumber,
                claim.replacesClaimId,
                claim.denial == null ? null : EventJson.read(claim.denial, Denial.class),
                claim.timelyFilingDeadline,
                claim.appealDeadline,
                claim.coverageOrder,
                claim.priorClaimId);
    }

    private static List<ScrubFinding> readFindings(String json) {
        try {
            return EventJson.mapper().readValue(json, FINDINGS);
        } catch (Exception e) {
            throw new IllegalStateException("stored scrubber findings are unreadable", e);
        }
    }

    private static ClaimView.Line toLine(ClaimLineEntity line) {
        return new ClaimView.Line(
                line.lineNumber,
                line.code,
                split(line.modifiers),
                line.units,
                split(line.diagnosisPointers).stream().map(Integer::valueOf).toList(),
                line.chargeCents,
                line.lineControlNumber);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private ClaimMapper() {}
}
