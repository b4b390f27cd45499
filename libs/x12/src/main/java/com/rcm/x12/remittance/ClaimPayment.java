package com.rcm.x12.remittance;

import java.util.List;
import java.util.Objects;

/**
 * Loop 2100: the payer's decision on one claim.
 *
 * @param patientControlNumber     CLP01, the CLM01 the practice sent: the match key
 * @param statusCode               CLP02: 1/2/3 processed as primary/secondary/tertiary,
 *                                 4 denied, 19/20/21 processed and forwarded, 22 reversal of
 *                                 a previous payment, 23 not our claim, forwarded, 25 predetermination
 * @param chargeCents              CLP03, negative on a reversal
 * @param paidCents                CLP04, negative on a reversal
 * @param patientResponsibilityCents CLP05, zero when not sent
 * @param claimFilingIndicator     CLP06, e.g. "12" PPO, "MB" Medicare Part B
 * @param payerClaimControlNumber  CLP07, the payer's claim number; needed to replace or void (REF*F8)
 * @param adjustments              claim-level CAS
 * @param patientLastName          NM1*QC NM103
 * @param patientMemberId          NM1*QC NM109 (qualifier MI or HN...), null when not sent
 */
public record ClaimPayment(
        String patientControlNumber,
        String statusCode,
        long chargeCents,
        long paidCents,
        long patientResponsibilityCents,
        String claimFilingIndicator,
        String payerClaimControlNumber,
        List<Adjustment> adjustments,
        String patientLastName,
        String patientFirstName,
        String patientMemberId,
        List<ServicePayment> services) {

    public static final String PRIMARY = "1";
    public static final String SECONDARY = "2";
    public static final String TERTIARY = "3";
    public static final String DENIED = "4";
    public static final String REVERSAL = "22";

    public ClaimPayment {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(statusCode, "statusCode");
        adjustments = List.copyOf(adjustments == null ? List.of() : adjustments);
        services = List.copyOf(services == null ? List.of() : services);
    }

    public boolean isDenial() {
        return DENIED.equals(statusCode);
    }

    /** A reversal takes back an earlier payment; the corrected claim, if any, follows it. */
    public boolean isReversal() {
        return REVERSAL.equals(statusCode);
    }

    public long claimAdjustmentCents() {
        return adjustments.stream().mapToLong(Adjustment::amountCents).sum();
    }

    public long serviceAdjustmentCents() {
        return services.stream().mapToLong(ServicePayment::adjustmentCents).sum();
    }
}
