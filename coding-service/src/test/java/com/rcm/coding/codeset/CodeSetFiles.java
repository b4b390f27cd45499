package com.rcm.coding.codeset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds small code-set files in the official CMS layouts for tests. The codes are public domain
 * (ICD-10-CM from CDC, HCPCS Level II from CMS); none of it is CPT content.
 */
public final class CodeSetFiles {

    /** One line of the ICD-10-CM order file: order number, code without dot, billable flag, short and long description. */
    public static String icd10Line(
            int order, String code, boolean billable, String shortDescription, String longDescription) {
        return String.format(
                "%05d %-7s %s %-60s %s",
                order, code.replace(".", ""), billable ? "1" : "0", shortDescription, longDescription);
    }

    public static String icd10File(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    /** The demo ICD-10-CM set the tests code against (FY2027 unless a test imports another). */
    public static String icd10Fy2027() {
        return icd10File(List.of(
                icd10Line(1, "E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
                icd10Line(
                        2,
                        "E1165",
                        true,
                        "Type 2 diabetes mellitus with hyperglycemia",
                        "Type 2 diabetes mellitus with hyperglycemia"),
                icd10Line(
                        3,
                        "E119",
                        true,
                        "Type 2 diabetes mellitus without complications",
                        "Type 2 diabetes mellitus without complications"),
                icd10Line(4, "I10", true, "Essential (primary) hypertension", "Essential (primary) hypertension"),
                icd10Line(
                        5,
                        "J069",
                        true,
                        "Acute upper respiratory infection, unspecified",
                        "Acute upper respiratory infection, unspecified"),
                icd10Line(
                        6,
                        "M1711",
                        true,
                        "Unilateral primary osteoarthritis, right knee",
                        "Unilateral primary osteoarthritis, right knee"),
                icd10Line(
                        7,
                        "N400",
                        true,
                        "Benign prostatic hyperplasia without LUTS",
                        "Benign prostatic hyperplasia without lower urinary tract symptoms"),
                icd10Line(
                        8,
                        "O0990",
                        true,
                        "Suprvsn of high risk preg, unsp, unsp trimester",
                        "Supervision of high risk pregnancy, unspecified, unspecified trimester"),
                icd10Line(9, "R05", false, "Cough", "Cough"),
                icd10Line(10, "R051", true, "Acute cough", "Acute cough"),
                icd10Line(
                        11,
                        "Z0000",
                        true,
                        "Encntr for general adult medical exam w/o abnormal findings",
                        "Encounter for general adult medical examination without abnormal findings"),
                icd10Line(12, "Z23", true, "Encounter for immunization", "Encounter for immunization"),
                icd10Line(13, "E785", true, "Hyperlipidemia, unspecified", "Hyperlipidemia, unspecified"),
                icd10Line(
                        14,
                        "K219",
                        true,
                        "Gastro-esophageal reflux disease without esophagitis",
                        "Gastro-esophageal reflux disease without esophagitis"),
                icd10Line(15, "F419", true, "Anxiety disorder, unspecified", "Anxiety disorder, unspecified"),
                icd10Line(16, "G4700", true, "Insomnia, unspecified", "Insomnia, unspecified"),
                icd10Line(17, "M545", false, "Low back pain", "Low back pain"),
                icd10Line(18, "M5450", true, "Low back pain, unspecified", "Low back pain, unspecified")));
    }

    /** The year before: E11.65 did not exist yet (as the tests pretend), so a 2025 visit cannot use it. */
    public static String icd10Fy2026() {
        return icd10File(List.of(
                icd10Line(1, "E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
                icd10Line(
                        2,
                        "E119",
                        true,
                        "Type 2 diabetes mellitus without complications",
                        "Type 2 diabetes mellitus without complications"),
                icd10Line(3, "I10", true, "Essential (primary) hypertension", "Essential (primary) hypertension")));
    }

    /** One 320-character record of the HCPCS Level II file. */
    public static String hcpcsRecord(
            String code,
            char recordId,
            String longDescription,
            String shortDescription,
            String addedOn,
            String effectiveOn,
            String terminatedOn) {
        char[] record = new char[320];
        java.util.Arrays.fill(record, ' ');
        put(record, 1, code);
        put(record, 6, "00100");
        put(record, 11, String.valueOf(recordId));
        put(record, 12, longDescription.length() > 80 ? longDescription.substring(0, 80) : longDescription);
        put(record, 92, shortDescription.length() > 28 ? shortDescription.substring(0, 28) : shortDescription);
        put(record, 269, addedOn);
        put(record, 277, effectiveOn);
        put(record, 285, terminatedOn);
        put(record, 293, "N");
        return new String(record);
    }

    public static String hcpcs2026Q4() {
        return String.join(
                        "\n",
                        hcpcsRecord(
                                "G0008",
                                '3',
                                "Administration of influenza virus vaccine",
                                "Admin influenza virus vac",
                                "20030101",
                                "20030101",
                                ""),
                        hcpcsRecord(
                                "G0009",
                                '3',
                                "Administration of pneumococcal vaccine",
                                "Admin pneumococcal vaccine",
                                "20030101",
                                "20030101",
                                ""),
                        hcpcsRecord(
                                "G0999",
                                '3',
                                "Retired test service used by the tests, terminated at the end of 2025",
                                "Retired test service",
                                "20200101",
                                "20200101",
                                "20251231"),
                        hcpcsRecord(
                                "J3420",
                                '3',
                                "Injection, vitamin b-12 cyanocobalamin, up to 1000 mcg",
                                "Vitamin b12 injection",
                                "19840101",
                                "19840101",
                                ""),
                        hcpcsRecord(
                                "LT",
                                '7',
                                "Left side (used to identify procedures performed on the left side of the",
                                "Left side",
                                "19920101",
                                "19920101",
                                ""),
                        hcpcsRecord("LT", '8', "body)", "", "", "", ""),
                        hcpcsRecord(
                                "RT",
                                '7',
                                "Right side (used to identify procedures performed on the right side of the",
                                "Right side",
                                "19920101",
                                "19920101",
                                ""),
                        hcpcsRecord("RT", '8', "body)", "", "", "", ""),
                        hcpcsRecord("XE", '7', "Separate encounter", "Separate encounter", "20150101", "20150101", ""),
                        hcpcsRecord(
                                "XP",
                                '7',
                                "Separate practitioner",
                                "Separate practitioner",
                                "20150101",
                                "20150101",
                                ""),
                        hcpcsRecord("XS", '7', "Separate structure", "Separate structure", "20150101", "20150101", ""),
                        hcpcsRecord(
                                "XU",
                                '7',
                                "Unusual non-overlapping service",
                                "Unusual non-overlapping serv",
                                "20150101",
                                "20150101",
                                ""),
                        hcpcsRecord(
                                "GA",
                                '7',
                                "Waiver of liability statement issued as required by payer policy",
                                "Waiver of liability statement",
                                "20020101",
                                "20020101",
                                ""))
                + "\n";
    }

    public static String ageSexTable() {
        return """
                codePrefix,sex,minAge,maxAge,note
                # pregnancy codes: female patients 12 to 55 (Medicare Code Editor maternity and sex lists)
                O,F,12,55,maternity
                N40,M,,,prostate
                Z0000,,18,,adult examination
                """;
    }

    private static void put(char[] record, int column, String value) {
        value.getChars(0, value.length(), record, column - 1);
    }

    private CodeSetFiles() {}
}
