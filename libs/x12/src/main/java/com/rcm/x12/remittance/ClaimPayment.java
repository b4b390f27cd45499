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
 * @param crossoverCarrier         NM1*TT, the payer the claim was forwarded to; null when not forwarded
 * @param remarkCodes              MOA03..MOA07, claim-level RARCs (e.g. "MA18": forwarded to the
 *                                 supplemental insurer); line-level ones are on the services (LQ*HE)
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
        List<ServicePayment> services,
        CrossoverCarrier crossoverCarrier,
        List<String> remarkCodes) {

    public static final String PRIMARY = "1";
    public static final String SECONDARY = "2";
    public static final String TERTIARY = "3";
    public static final String DENIED = "4";
    public static final String PRIMARY_FORWARDED = "19";
    public static final String SECONDARY_FORWARDED = "20";
    public static final String TERTIARY_FORWARDED = "21";
    public static final String REVERSAL = "22";

    public ClaimPayment {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(statusCode, "statusCode");
        adjustments = List.copyOf(adjustments == null ? List.of() : adjustments);
        services = List.copyOf(services == null ? List.of() : services);
        remarkCodes = List.copyOf(remarkCodes == null ? List.of() : remarkCodes);
    }

    /** A claim payment that was not forwarded to another payer and carries no claim-level remarks. */
    public ClaimPayment(
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
        this(
                patientControlNumber,
                statusCode,
                chargeCents,
                paidCents,
                patientResponsibilityCents,
                claimFilingIndicator,
                payerClaimControlNumber,
                adjustments,
                patientLastName,
                patientFirstName,
                patientMemberId,
                services,
                null,
                List.of());
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
