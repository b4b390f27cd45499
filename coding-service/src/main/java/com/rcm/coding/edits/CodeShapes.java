package com.rcm.coding.edits;

import java.util.regex.Pattern;

/** What well-formed codes look like, shared by the edits that must skip malformed ones. */
final class CodeShapes {
    static final Pattern ICD10 = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    /** CPT (five digits, or four digits and F/T/U for Category II/III) or HCPCS Level II (letter, four digits). */
    static final Pattern PROCEDURE = Pattern.compile("[0-9]{4}[0-9FTU]|[A-V][0-9]{4}");

    static final Pattern HCPCS_LEVEL_II = Pattern.compile("[A-V][0-9]{4}");
    static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

    static boolean icd10(String code) {
        return code != null && ICD10.matcher(code).matches();
    }

    static boolean procedure(String code) {
        return code != null && PROCEDURE.matcher(code).matches();
    }

    static boolean hcpcsLevelII(String code) {
        return code != null && HCPCS_LEVEL_II.matcher(code).matches();
    }

    /** Evaluation and management: CPT 99202-99499 and the HCPCS visit codes billed like them. */
    static boolean evaluationAndManagement(String code) {
        if (code == null) {
            return false;
        }
        if (code.matches("99[2-4][0-9]{2}")) {
            int value = Integer.parseInt(code);
            return value >= 99202 && value <= 99499;
        }
        return code.matches("G0402|G0438|G0439|G0463");
    }

    private CodeShapes() {}
}
