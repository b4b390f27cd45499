package com.rcm.events.payload;

import java.time.LocalDate;
import java.util.List;

/**
 * A professional claim left for the clearinghouse as an 837P. {@code billingProviderNpi} is the 2010AA
 * NPI it was billed under, for information only: payments routes 835s by {@link PayeeRegistered}
 * alone (ADR 23), never by what a claim says.
 *
 * @param coverageOrder which of the encounter's payers this claim goes to: 1 primary, 2 secondary, 3 tertiary
 * @param nextPayerId   the payer of the encounter's next coverage, null when this is the last payer: the
 *                      patient's share of this claim is final only once that payer has decided
 */
public record ClaimSubmitted(
        String claimId,
        String encounterId,
        String patientControlNumber,
        String payerId,
        Patient patient,
        LocalDate dateOfService,
        long totalChargeCents,
        List<ServiceLine> lines,
        String interchangeControlNumber,
        String billingProviderNpi,
        int coverageOrder,
        String nextPayerId) {

    public ClaimSubmitted {
        coverageOrder = Math.max(1, coverageOrder);
    }

    /** A claim to the encounter's only payer. */
    public ClaimSubmitted(
            String claimId,
            String encounterId,
            String patientControlNumber,
            String payerId,
            Patient patient,
            LocalDate dateOfService,
            long totalChargeCents,
            List<ServiceLine> lines,
            String interchangeControlNumber,
            String billingProviderNpi) {
        this(
                claimId,
                encounterId,
                patientControlNumber,
                payerId,
                patient,
                dateOfService,
                totalChargeCents,
                lines,
                interchangeControlNumber,
                billingProviderNpi,
                1,
                null);
    }
}
