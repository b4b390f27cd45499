package com.rcm.coding.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.coding.CodingRuleFixtures;
import com.rcm.coding.CodingTestResources;
import com.rcm.coding.EncounterJson;
import com.rcm.coding.Review;
import com.rcm.testkit.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** NCCI and MUE tables are a practice's own: imported idempotently, applied to that practice only. */
@QuarkusTest
@CodingTestResources
class CodingRulesImportTests {

    @Test
    @TestSecurity(
            user = "carol-admin",
            roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void reimportingTheSameTablesChangesNoRow() {
        CodingRuleFixtures.importForPracticeA();
        given().contentType("text/tab-separated-values")
                .body(CodingRuleFixtures.NCCI_PTP)
                .post("/v1/coding-rules/ncci-ptp")
                .then()
                .statusCode(200)
                .body("rowsRead", equalTo(4))
                .body("inserted", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(4));
        given().contentType("text/csv")
                .body(CodingRuleFixtures.MUE)
                .queryParam("effectiveDate", "2026-10-01")
                .post("/v1/coding-rules/mue")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2));
    }

    @Test
    @TestSecurity(
            user = "carol-admin",
            roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aBadRowIsRefusedWithItsLineAndNothingOfTheFileIsKept() {
        given().contentType("text/tab-separated-values")
                .body("99999\t88888\t\t20260101\t*\t1\tok\n" + "99999\t77777\t\t2026-01-01\t*\t1\tbad date\n")
                .post("/v1/coding-rules/ncci-ptp")
                .then()
                .statusCode(400)
                .body("detail", containsString("line 2"));
        given().contentType("text/csv")
                .body("x")
                .post("/v1/coding-rules/mue")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("effectiveDate"));
    }

    @Test
    @TestSecurity(
            user = "carol-admin",
            roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aFileWithNoReadableRowIsRefusedNamingItsFirstBadLine() throws SQLException {
        long before = ruleRows();
        // A CSV export where the TSV belongs: not one line starts with two codes.
        given().contentType("text/tab-separated-values")
                .body("""
                Column 1,Column 2,Prior,Effective,Deletion,Modifier
                "20610 99213",,,20260101,*,1
                """)
                .post("/v1/coding-rules/ncci-ptp")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", containsString("line 1: does not start with two procedure codes"));
        given().contentType("text/csv")
                .body("HCPCS/CPT Code,MUE\nnot a code,2\n")
                .queryParam("effectiveDate", "2026-10-01")
                .post("/v1/coding-rules/mue")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("line 1"));
        given().contentType("text/tab-separated-values")
                .body("")
                .post("/v1/coding-rules/ncci-ptp")
                .then()
                .statusCode(422)
                .body("detail", containsString("empty"));
        assertEquals(before, ruleRows(), "nothing was loaded");
    }

    @Test
    @TestSecurity(
            user = "carol-admin",
            roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aLineOverTheCapIsABadLineNotAHeapFull() throws SQLException {
        long before = ruleRows();
        String endless = "x".repeat(3_000_000);
        given().contentType("text/tab-separated-values")
                .body(endless)
                .post("/v1/coding-rules/ncci-ptp")
                .then()
                .statusCode(422)
                .body("detail", containsString("line 1: longer than 8192 characters"));
        // A data row that runs on past the cap stops the import at its line; the good row before it is not kept.
        given().contentType("text/tab-separated-values")
                .body("99990\t88880\t\t20260101\t*\t1\tok\n" + "99990\t77770\t\t20260101\t*\t1\t" + endless + "\n")
                .post("/v1/coding-rules/ncci-ptp")
                .then()
                .statusCode(400)
                .body("detail", containsString("line 2: longer than 8192 characters"));
        assertEquals(before, ruleRows(), "nothing was loaded");
    }

    @Test
    @TestSecurity(
            user = "carol-admin",
            roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aQuotedFieldWithALineBreakAndACommaImportsWhole() throws SQLException {
        // Codes no other test uses, so the limits change no other test's edits.
        given().contentType("text/csv")
                .body("""
                "HCPCS/CPT Code","MUE Value","MUE Adjudication Indicator","MUE Rationale"
                "0Z9Z1","3","2 Date of Service Edit: Policy","Clinical: Data, per the
                CMS manual"
                "0Z9Z2","1","1 Line Edit","Anatomic Consideration"
                """)
                .queryParam("effectiveDate", "2026-10-01")
                .post("/v1/coding-rules/mue")
                .then()
                .statusCode(200)
                .body("rowsRead", equalTo(2));
        assertEquals("Clinical: Data, per the\nCMS manual", mueRationale("0Z9Z1"));
        assertEquals("Anatomic Consideration", mueRationale("0Z9Z2"));
    }

    private static String mueRationale(String code) throws SQLException {
        try (Connection c = PostgresServer.superuserConnection("coding_test");
                var s = c.prepareStatement(
                        "SELECT rationale FROM mue_limit WHERE tenant_id = 'practice-a' AND code = ? "
                                + "AND effective_on = DATE '2026-10-01'")) {
            s.setString(1, code);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static long ruleRows() throws SQLException {
        try (Connection c = PostgresServer.superuserConnection("coding_test");
                Statement s = c.createStatement();
                var r = s.executeQuery(
                        "SELECT (SELECT count(*) FROM ncci_ptp_edit) + (SELECT count(*) FROM mue_limit)")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    @TestSecurity(
            user = "bob-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesRulesDoNotApply() throws SQLException {
        // practice-a's tables bundle 93005 into 93000 (written here directly, whatever ran before);
        // practice-b has imported none.
        try (Connection c = PostgresServer.superuserConnection("coding_test");
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO ncci_ptp_edit (tenant_id, column1, column2, effective_on, modifier_indicator) "
                    + "VALUES ('practice-a', '93000', '93005', '1996-01-01', '0') ON CONFLICT DO NOTHING");
        }
        String id = Review.submit(EncounterJson.with("EHR-B-NCCI-" + UUID.randomUUID(), e -> {
            EncounterJson.addLine(e, "93000", 1);
            EncounterJson.addLine(e, "93005", 1, "59");
        }));
        Review.awaitCoded(id, "CODED");
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void onlyAPracticeAdminImportsRules() {
        given().contentType("text/csv")
                .body("x")
                .queryParam("effectiveDate", "2026-10-01")
                .post("/v1/coding-rules/mue")
                .then()
                .statusCode(403);
    }
}
