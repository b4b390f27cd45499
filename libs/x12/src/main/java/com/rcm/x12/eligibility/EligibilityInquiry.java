package com.rcm.x12.eligibility;

import com.rcm.x12.InterchangeEnvelope;
import java.time.LocalDate;

/**
 * A 270 (005010X279A1) for one subscriber: is this member covered by this payer on this date, for
 * health benefit plan coverage (service type 30)? {@code traceNumber} comes back in the 271's TRN.
 */
public record EligibilityInquiry(
        InterchangeEnvelope envelope,
        String traceNumber,
        String payerId,
        String payerName,
        String providerName,
        String providerNpi,
        String memberId,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        LocalDate dateOfService) {}
