package com.rcm.x12.claim;

import com.rcm.x12.X12Amounts;
import com.rcm.x12.remittance.Adjustment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Loop 2430: what a prior payer decided on one service line, copied from its 835 (SVC and CAS).
 *
 * @param payerId       SVD01, the {@link OtherPayer#payerId()} of the payer that decided
 * @param paidCents     SVD02
 * @param procedureCode SVD03-2, the code the payer adjudicated (it may differ from the billed one)
 * @param modifiers     SVD03-3..6
 * @param paidUnits     SVD05
 * @param adjustments   line-level CAS
 * @param adjudicatedOn DTP*573, the payer's decision date
 */
public record LineAdjudication(
        String payerId,
        long paidCents,
        String procedureCode,
        List<String> modifiers,
        BigDecimal paidUnits,
        List<Adjustment> adjustments,
        LocalDate adjudicatedOn) {

    public LineAdjudication {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(adjudicatedOn, "adjudicatedOn");
        modifiers = List.copyOf(modifiers == null ? List.of() : modifiers);
        adjustments = List.copyOf(adjustments == null ? List.of() : adjustments);
        paidUnits = X12Amounts.normalize(paidUnits == null ? BigDecimal.ONE : paidUnits);
    }

    public long adjustedCents() {
        return adjustments.stream().mapToLong(Adjustment::amountCents).sum();
    }
}
