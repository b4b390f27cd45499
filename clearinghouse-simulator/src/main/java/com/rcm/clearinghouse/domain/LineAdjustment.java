package com.rcm.clearinghouse.domain;

import java.util.List;

/**
 * Part of a line's charge a payer did not pay, and why: a group (who bears it) and a claim
 * adjustment reason code (CARC).
 *
 * @param group CO contractual (the practice writes it off), PR patient responsibility, OA other
 */
public record LineAdjustment(String group, String reason, long cents) {
    public static final String CONTRACTUAL = "CO";
    public static final String PATIENT_RESPONSIBILITY = "PR";
    public static final String OTHER = "OA";

    public boolean isPatientResponsibility() {
        return PATIENT_RESPONSIBILITY.equals(group);
    }

    static long total(List<LineAdjustment> adjustments) {
        return adjustments.stream().mapToLong(LineAdjustment::cents).sum();
    }

    static long patientShare(List<LineAdjustment> adjustments) {
        return adjustments.stream()
                .filter(LineAdjustment::isPatientResponsibility)
                .mapToLong(LineAdjustment::cents)
                .sum();
    }
}
