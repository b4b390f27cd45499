package com.rcm.claims.mapping;

import com.rcm.claims.api.ClaimView;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import java.util.Arrays;
import java.util.List;

public final class ClaimMapper {

    public static ClaimView toView(ClaimEntity claim) {
        return new ClaimView(claim.id, claim.encounterId, claim.patientControlNumber, claim.payerId,
                claim.status.name(), claim.frequencyCode, claim.dateOfService, claim.totalChargeCents,
                claim.interchangeControlNumber, claim.createdAt, claim.submittedAt,
                claim.lines.stream().map(ClaimMapper::toLine).toList(),
                claim.history.stream().map(h -> new ClaimView.StatusChange(h.status, h.detail, h.at)).toList());
    }

    private static ClaimView.Line toLine(ClaimLineEntity line) {
        return new ClaimView.Line(line.lineNumber, line.code, split(line.modifiers), line.units,
                split(line.diagnosisPointers).stream().map(Integer::valueOf).toList(), line.chargeCents,
                line.lineControlNumber);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private ClaimMapper() {
    }
}
