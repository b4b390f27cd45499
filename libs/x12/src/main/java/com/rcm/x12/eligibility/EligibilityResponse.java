package com.rcm.x12.eligibility;

import com.rcm.x12.InterchangeEnvelope;
import java.time.LocalDate;

/**
 * A 271 (005010X279A1) answer for one subscriber. ACTIVE and INACTIVE come from EB01 (1 or 6);
 * MEMBER_NOT_FOUND from AAA*N with {@code rejectReason} (AAA03, 75 = subscriber not found). The
 * benefit amounts are those of an ACTIVE plan, null when the payer did not say.
 */
public record EligibilityResponse(
        InterchangeEnvelope envelope,
        String traceNumber,
        String payerId,
        String payerName,
        String providerName,
        String providerNpi,
        String memberId,
        String firstName,
        String lastName,
        LocalDate dateOfService,
        Status status,
        String planName,
        Long copayCents,
        Integer coinsurancePercent,
        Long deductibleCents,
        Long deductibleRemainingCents,
        Boolean inNetwork,
        String rejectReason) {

    public enum Status {
        ACTIVE,
        INACTIVE,
        MEMBER_NOT_FOUND
    }
}
