package com.rcm.coding.codeset;

import java.util.Optional;

/**
 * Reads the fixed-width CMS ICD-10-CM order file ({@code icd10cm_order_YYYY.txt}): order number in
 * columns 1–5, code in 7–13 (no dot), 1 in column 15 when the code is valid for submission (0 for a
 * header such as E11), the short description in 17–76 and the long description from 78.
 */
public final class Icd10cmOrderFile {

    /** The line as a code, or empty for a blank line; a malformed line is a {@link CodeSetFormatException}. */
    public static Optional<Icd10cmOrderLine> parse(String line, int lineNumber) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        if (line.length() < 17) {
            throw new CodeSetFormatException(
                    lineNumber,
                    "shorter than an ICD-10-CM order line (" + line.length() + " characters, at least 17 expected)");
        }
        String code = line.substring(6, 13).trim();
        if (!code.matches("[A-Z][0-9][0-9A-Z]{1,5}")) {
            throw new CodeSetFormatException(lineNumber, "'" + code + "' in columns 7-13 is not an ICD-10-CM code");
        }
        char flag = line.charAt(14);
        if (flag != '0' && flag != '1') {
            throw new CodeSetFormatException(
                    lineNumber, "column 15 must be 0 (header) or 1 (billable), found '" + flag + "'");
        }
        String shortDescription =
                line.substring(16, Math.min(line.length(), 76)).trim();
        String longDescription = line.length() > 77 ? line.substring(77).trim() : shortDescription;
        return Optional.of(new Icd10cmOrderLine(code, flag == '1', shortDescription, longDescription));
    }

    /** E119 → E11.9: the dot goes after the category, the first three characters. */
    public static String withDot(String code) {
        return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }

    /** E11.9 → E119, as the order file and the tables store it. */
    public static String withoutDot(String code) {
        return code == null ? null : code.replace(".", "").trim().toUpperCase();
    }

    private Icd10cmOrderFile() {}
}
