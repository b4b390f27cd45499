package com.rcm.coding.rules;

/**
 * A medically unlikely edit: at most {@code maxUnits} of {@code code}. Adjudication indicator 1 is
 * a per-line limit; 2 and 3 limit the day's total across lines.
 */
public record MueLimit(String code, int maxUnits, char adjudicationIndicator, String rationale) {

    public boolean perLine() {
        return adjudicationIndicator == '1';
    }
}
