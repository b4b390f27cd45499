package com.rcm.x12.claim;

import com.rcm.x12.Address;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Loops 2000B/2010BA/2010BB: the insured person and the payer their coverage is with. Whether
 * the subscriber is also the patient is a property of the claim ({@link ProfessionalClaim#patient()}
 * is null then, and SBR02 is written as "18").
 *
 * @param payerResponsibility SBR01: P primary, S secondary, T tertiary
 * @param groupNumber         SBR03, null when the plan has none
 * @param sex                 DMG03: F, M or U
 * @param payerId             NM1*PR NM109 (qualifier PI), the payer id the clearinghouse routes on
 * @param claimFilingIndicator SBR09, e.g. "CI" commercial, "MB" Medicare Part B, "MC" Medicaid
 * @param insuranceTypeCode   SBR05, only when Medicare is a secondary payer: why Medicare is not
 *                            primary (e.g. "12" working aged, "47" other liability); null otherwise
 */
public record Subscriber(
        String payerResponsibility,
        String memberId,
        String groupNumber,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String sex,
        Address address,
        String payerName,
        String payerId,
        String claimFilingIndicator,
        String insuranceTypeCode) {

    /** A subscriber of the payer that is primary, or not Medicare: no SBR05. */
    public Subscriber(
            String payerResponsibility,
            String memberId,
            String groupNumber,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String sex,
            Address address,
            String payerName,
            String payerId,
            String claimFilingIndicator) {
        this(
                payerResponsibility,
                memberId,
                groupNumber,
                firstName,
                lastName,
                dateOfBirth,
                sex,
                address,
                payerName,
                payerId,
                claimFilingIndicator,
                null);
    }

    public Subscriber {
        Objects.requireNonNull(payerResponsibility, "payerResponsibility");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(payerName, "payerName");
        Objects.requireNonNull(payerId, "payerId");
    }
}
