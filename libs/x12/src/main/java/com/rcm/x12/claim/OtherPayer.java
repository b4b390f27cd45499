package com.rcm.x12.claim;

import com.rcm.x12.remittance.Adjustment;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Loops 2320, 2330A and 2330B: a payer that adjudicated the claim before the payer it is sent to,
 * and what it decided at claim level. Its decisions per line ride on the lines
 * ({@link ServiceLine#priorAdjudications()}, loop 2430) under the same {@code payerId}.
 *
 * @param payerResponsibility  SBR01 of that payer on this claim: P primary, S secondary
 * @param relationshipCode     SBR02, the patient's relationship to that payer's subscriber ("18" self)
 * @param groupNumber          SBR03, null when the plan has none
 * @param claimFilingIndicator SBR09, e.g. "CI" commercial, "MB" Medicare Part B
 * @param memberId             2330A NM109, the subscriber's id with that payer
 * @param payerId              2330B NM109; line adjudications (SVD01) name the payer by it
 * @param adjudicatedOn        2330B DTP*573, the payer's decision date; the guide asks for it when
 *                             no line carries a 2430 loop of this payer (claim-level adjudication)
 * @param paidCents            AMT*D, what that payer paid on the claim
 * @param adjustments          claim-level CAS: why that payer did not pay the rest
 */
public record OtherPayer(
        String payerResponsibility,
        String relationshipCode,
        String groupNumber,
        String claimFilingIndicator,
        String memberId,
        String subscriberFirstName,
        String subscriberLastName,
        String payerName,
        String payerId,
        LocalDate adjudicatedOn,
        long paidCents,
        List<Adjustment> adjustments) {

    public OtherPayer {
        Objects.requireNonNull(payerResponsibility, "payerResponsibility");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(subscriberLastName, "subscriberLastName");
        Objects.requireNonNull(payerName, "payerName");
        Objects.requireNonNull(payerId, "payerId");
        adjustments = List.copyOf(adjustments == null ? List.of() : adjustments);
    }

    public long adjustedCents() {
        return adjustments.stream().mapToLong(Adjustment::amountCents).sum();
    }
}
