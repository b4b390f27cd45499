package com.rcm.claims.domain;

import com.rcm.events.payload.Adjustment;
import java.time.LocalDate;
import java.util.List;

/**
 * Why the payer denied a claim, as the 835 said it: each adjustment's group code and CARC with its
 * amount, and the RARCs that explain them. A biller reads this to correct the claim or appeal it.
 */
public record Denial(String remittanceId, LocalDate deniedOn, List<Adjustment> reasons, List<String> remarkCodes) {

    /** "CO-96 N130" style summary for the status history. */
    public String summary() {
        String carcs = String.join(
                ", ",
                reasons.stream()
                        .map(r -> r.groupCode() + "-" + r.carc())
                        .distinct()
                        .toList());
        return remarkCodes.isEmpty() ? carcs : carcs + " (" + String.join(", ", remarkCodes) + ")";
    }
}
