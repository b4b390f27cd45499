package com.rcm.x12.claimstatus;

import com.rcm.x12.InterchangeEnvelope;
import java.time.LocalDate;

/**
 * A 276 (005010X212) about one claim: the payer, the provider that billed it, the subscriber, and the
 * claim by its patient control number (REF*EJ), charge and date of service. {@code traceNumber}
 * comes back in the 277's TRN.
 */
public record ClaimStatusInquiry(
        InterchangeEnvelope envelope,
        String traceNumber,
        String payerId,
        String payerName,
        String providerName,
        String providerNpi,
        String memberId,
        String firstName,
        String lastName,
        String patientControlNumber,
        long chargeCents,
        LocalDate dateOfService) {}
