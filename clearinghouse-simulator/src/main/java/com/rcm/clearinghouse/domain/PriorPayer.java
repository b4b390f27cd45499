package com.rcm.clearinghouse.domain;

import java.util.List;

/**
 * A payer that decided the claim before the payer it is sent to, and what it decided at claim level
 * (its decisions per line ride on the lines, {@link ReceivedClaim.PriorLineDecision}).
 *
 * @param adjustments claim-level adjustments only: the ones it did not report on a line
 */
public record PriorPayer(String payerId, PayerOrder order, long paidCents, List<LineAdjustment> adjustments) {

    public PriorPayer {
        adjustments = List.copyOf(adjustments);
    }

    /** All it adjusted at claim level (2320 CAS). */
    public long adjustedCents() {
        return LineAdjustment.total(adjustments);
    }

    /** What it left to the patient at claim level. */
    public long patientShareCents() {
        return LineAdjustment.patientShare(adjustments);
    }
}
