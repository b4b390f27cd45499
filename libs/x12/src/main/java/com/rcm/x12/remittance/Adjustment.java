package com.rcm.x12.remittance;

import com.rcm.x12.X12Amounts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One CAS triplet: why part of the charge was not paid, and who owes it.
 *
 * @param groupCode   CO contractual (write off), PR patient responsibility (bill the patient),
 *                    OA other, PI payer initiated (the 005010X221A1 guide has no other group)
 * @param reasonCode  the CARC, e.g. "45" (charge exceeds fee schedule), "2" (coinsurance)
 * @param amountCents positive reduces payment; negative (reversals) adds it back
 * @param quantity    CAS04/07/..., units adjusted; null when not sent
 */
public record Adjustment(String groupCode, String reasonCode, long amountCents, BigDecimal quantity) {

    public static final String CONTRACTUAL = "CO";
    public static final String PATIENT_RESPONSIBILITY = "PR";
    public static final String OTHER = "OA";
    public static final String PAYER_INITIATED = "PI";

    public Adjustment {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(reasonCode, "reasonCode");
        quantity = X12Amounts.normalize(quantity);
    }

    public static Adjustment of(String groupCode, String reasonCode, long amountCents) {
        return new Adjustment(groupCode, reasonCode, amountCents, null);
    }
}
