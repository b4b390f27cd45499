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
        String claimFilingIndicator) {

    public Subscriber {
        Objects.requireNonNull(payerResponsibility, "payerResponsibility");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(payerName, "payerName");
        Objects.requireNonNull(payerId, "payerId");
    }
}
