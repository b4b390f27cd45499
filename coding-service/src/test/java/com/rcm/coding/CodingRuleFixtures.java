package com.rcm.coding;

import static io.restassured.RestAssured.given;

/** Synthetic NCCI PTP and MUE tables in the CMS layouts, imported for practice-a by its practice admin. */
public final class CodingRuleFixtures {
    public static final String NCCI_PTP = """
            CPT codes and descriptions only are copyright American Medical Association. Synthetic test rows.
            Column 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale
            20610\t99213\t\t20260101\t*\t1\tMisuse of column two code with column one code
            93000\t93005\t\t19960101\t*\t0\tCPT Manual or CMS manual coding instruction
            36415\t36416\t\t19960101\t*\t9\tEdit no longer applies
            11042\t97597\t\t19960101\t20260101\t0\tMutually exclusive procedures
            """;

    public static final String MUE = """
            "HCPCS/CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"
            "36415","2","3 Date of Service Edit: Clinical","Clinical: Data"
            "20610","1","1 Line Edit","Anatomic Consideration"
            """;

    private static volatile boolean imported;

    /** Imports both tables once per test run; call it from a test running as a practice-a practice-admin. */
    public static synchronized void importForPracticeA() {
        if (imported) {
            return;
        }
        given().contentType("text/tab-separated-values")
                .body(NCCI_PTP)
                .post("/v1/coding-rules/ncci-ptp")
                .then()
                .statusCode(200);
        given().contentType("text/csv")
                .body(MUE)
                .queryParam("effectiveDate", "2026-10-01")
                .post("/v1/coding-rules/mue")
                .then()
                .statusCode(200);
        imported = true;
    }

    private CodingRuleFixtures() {}
}
