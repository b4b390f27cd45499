package com.rcm.payments.domain;

import com.rcm.events.payload.Adjustment;
import java.util.List;
import java.util.Map;

/**
 * How far a claim payment fell short of the payer's contract: per line, what the payer allowed (paid
 * plus what it put on the patient) against the contracted amount for the code times the units. Only
 * shortfalls above the practice's threshold count; a denied or reversed payment is not measured.
 */
public final class Underpayment {

    /** Cents short of the contract over all lines, 0 when none falls short by more than {@code thresholdCents}. */
    public static long shortfallCents(
            RemittanceAdvice.ClaimPaymentAdvice claim, Map<String, Long> contractedByCode, long thresholdCents) {
        long total = 0;
        for (RemittanceAdvice.ServicePaymentAdvice line : claim.lines()) {
            Long rate = contractedByCode.get(line.code());
            if (rate == null) {
                continue;
            }
            long contracted = rate * Math.max(1, line.units() == null ? 1 : line.units());
            long shortfall = contracted - allowed(line);
            if (shortfall > thresholdCents) {
                total += shortfall;
            }
        }
        return total;
    }

    /** What the payer allowed for a line: what it paid plus the patient's share. */
    static long allowed(RemittanceAdvice.ServicePaymentAdvice line) {
        return line.paidCents() + patientShare(line.adjustments());
    }

    private static long patientShare(List<Adjustment> adjustments) {
        return adjustments.stream()
                .filter(a -> "PR".equals(a.groupCode()))
                .mapToLong(Adjustment::amountCents)
                .sum();
    }

    private Underpayment() {}
}
