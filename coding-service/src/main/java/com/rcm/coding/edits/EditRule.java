package com.rcm.coding.edits;

import com.rcm.coding.domain.EditFinding;

/**
 * Every coding edit, by the stable id a coder filters the queue on. An overridable edit may be
 * approved past with a written reason; the others describe a claim no payer can accept and must be
 * corrected.
 */
public enum EditRule {
    ICD10_FORMAT(false, "The diagnosis is not a well-formed ICD-10-CM code."),
    ICD10_CODE_SET_MISSING(false, "No ICD-10-CM version covering the date of service is loaded."),
    ICD10_UNKNOWN(false, "The diagnosis is not in the ICD-10-CM version in force on the date of service."),
    ICD10_NOT_BILLABLE(false, "The diagnosis is a category header; a claim needs a code at the highest specificity."),
    DUPLICATE_DIAGNOSIS(false, "The same diagnosis is listed more than once."),
    DIAGNOSIS_COUNT(false, "A professional claim carries at most 12 diagnoses."),
    PROCEDURE_FORMAT(false, "The procedure is not a well-formed CPT or HCPCS code."),
    HCPCS_CODE_SET_MISSING(false, "No HCPCS version covering the date of service is loaded."),
    HCPCS_UNKNOWN(false, "The HCPCS Level II code or modifier is not in the version in force on the date of service."),
    HCPCS_NOT_EFFECTIVE(
            false, "The HCPCS Level II code was not yet added, or already terminated, on the date of service."),
    POINTER_RANGE(false, "A diagnosis pointer names no diagnosis of the encounter."),
    POINTER_COUNT(false, "A service line points to at most 4 diagnoses."),
    UNITS_POSITIVE(false, "Units must be above zero."),
    MODIFIER_FORMAT(false, "A modifier is two letters or digits."),
    MODIFIER_UNKNOWN(false, "The modifier is neither a CPT nor an HCPCS Level II modifier."),
    MODIFIER_COUNT(false, "A service line carries at most 4 modifiers."),
    MODIFIER_25_NOT_EM(true, "Modifier 25 belongs on an evaluation and management service."),
    MODIFIER_CONFLICT(false, "Two modifiers on the line contradict each other."),
    AGE_CONFLICT(true, "The diagnosis does not fit the patient's age on the date of service."),
    SEX_CONFLICT(true, "The diagnosis does not fit the patient's sex."),
    NCCI_PTP(true, "NCCI: the column 2 procedure is not paid with the column 1 procedure on the same day."),
    MUE_UNITS(true, "The units exceed the medically unlikely edit (MUE) for the code.");

    private final boolean overridable;
    private final String summary;

    EditRule(boolean overridable, String summary) {
        this.overridable = overridable;
        this.summary = summary;
    }

    public boolean overridable() {
        return overridable;
    }

    public String summary() {
        return summary;
    }

    public EditFinding finding(String field, String message) {
        return new EditFinding(name(), field, message);
    }

    public static boolean isOverridable(String editId) {
        try {
            return valueOf(editId).overridable;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
