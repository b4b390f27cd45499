package com.rcm.events.payload;

import java.util.List;

/**
 * A payer denied a claim (835 CLP02 = 4, or nothing paid and nothing owed by the patient): the
 * reasons a biller needs to correct it or appeal. Published after the claim's
 * {@code billing.claim.adjudicated.v1}.
 *
 * @param adjustments claim- and line-level CAS: group code, CARC and amount
 * @param remarkCodes the RARCs (LQ*HE) the payer sent with the lines, e.g. "N130"
 */
public record ClaimDenied(
        String claimId,
        String encounterId,
        String remittanceId,
        String patientControlNumber,
        String payerClaimControlNumber,
        String payerId,
        long chargeCents,
        List<Adjustment> adjustments,
        List<String> remarkCodes) {}
