package com.rcm.coding.rules;

import java.time.LocalDate;

/**
 * An NCCI procedure-to-procedure edit: {@code column2} is not paid with {@code column1} on the same
 * day. Modifier indicator 0 allows no bypass, 1 allows an NCCI-associated modifier, 9 means the edit
 * no longer applies.
 */
public record NcciPtpEdit(
        String column1,
        String column2,
        LocalDate effectiveOn,
        LocalDate deletedOn,
        char modifierIndicator,
        String rationale) {

    public boolean activeOn(LocalDate date) {
        return !effectiveOn.isAfter(date) && (deletedOn == null || date.isBefore(deletedOn));
    }
}
