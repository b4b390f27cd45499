package com.rcm.coding.codeset;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The public code systems the service imports, and how each names its versions. */
public enum CodeSystem {
    /** Versioned by federal fiscal year: FY2027 takes effect on 2026-10-01. */
    ICD10CM,
    /** Versioned by quarter: 2026Q4 takes effect on 2026-10-01. */
    HCPCS;

    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

    /** The label for a fiscal year (ICD-10-CM) or a quarter (HCPCS) as the import request gives it. */
    public String label(String period) {
        String p = period == null ? "" : period.trim().toUpperCase();
        if (this == ICD10CM && p.matches("\\d{4}")) {
            return "FY" + p;
        }
        return p;
    }

    /** The first day a version is in force, derived from its label. */
    public LocalDate effectiveFrom(String label) {
        if (this == ICD10CM) {
            Matcher m = FISCAL_YEAR.matcher(label);
            if (!m.matches()) {
                throw new IllegalArgumentException("an ICD-10-CM version is a fiscal year such as 2027 or FY2027");
            }
            return LocalDate.of(Integer.parseInt(m.group(1)) - 1, 10, 1);
        }
        Matcher m = QUARTER.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException("an HCPCS version is a quarter such as 2026Q4");
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    }
}
