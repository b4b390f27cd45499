package com.rcm.claims.api;

import com.rcm.claims.persistence.EligibilityCheckEntity;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An eligibility answer: ACTIVE, INACTIVE or MEMBER_NOT_FOUND, the plan, copay, coinsurance, the
 * deductible and what remains of it, in or out of network. The raw 271 is at {@code /x12}.
 */
public record EligibilityView(
        String id,
        String patientId,
        String payerId,
        String memberId,
        LocalDate dateOfService,
        String status,
        String planName,
        Long copayCents,
        Integer coinsurancePercent,
        Long deductibleCents,
        Long deductibleRemainingCents,
        Boolean inNetwork,
        String rejectReason,
        String traceNumber,
        OffsetDateTime checkedAt) {

    public static EligibilityView of(EligibilityCheckEntity c) {
        return new EligibilityView(
                c.id,
                c.patientId,
                c.payerId,
                c.memberId,
                c.dateOfService,
                c.status.name(),
                c.planName,
                c.copayCents,
                c.coinsurancePercent,
                c.deductibleCents,
                c.deductibleRemainingCents,
                c.inNetwork,
                c.rejectReason,
                c.traceNumber,
                c.checkedAt);
    }
}
