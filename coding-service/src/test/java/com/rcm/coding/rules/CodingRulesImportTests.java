package com.rcm.coding.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
    @TestSecurity(user = "carol-admin", roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void reimportingTheSameTablesChangesNoRow() {
        CodingRuleFixtures.importForPracticeA();
        given().contentType("text/tab-separated-values").body(CodingRuleFixtures.NCCI_PTP)
                .post("/v1/coding-rules/ncci-ptp").then().statusCode(200)
                .body("rowsRead", equalTo(4)).body("inserted", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(4));
        given().contentType("text/csv").body(CodingRuleFixtures.MUE).queryParam("effectiveDate", "2026-10-01")
                .post("/v1/coding-rules/mue").then().statusCode(200).body("unchanged", equalTo(2));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aBadRowIsRefusedWithItsLineAndNothingOfTheFileIsKept() {
        given().contentType("text/tab-separated-values").body("99999\t88888\t\t20260101\t*\t1\tok\n"
                + "99999\t77777\t\t2026-01-01\t*\t1\tbad date\n").post("/v1/coding-rules/ncci-ptp").then()
                .statusCode(400).body("detail", containsString("line 2"));
        given().contentType("text/csv").body("x").post("/v1/coding-rules/mue").then().statusCode(400)
                .body("errors.field", hasItem("effectiveDate"));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesRulesDoNotApply() throws SQLException {
        // practice-a's tables bundle 93005 into 93000 (written here directly, whatever ran before);
        // practice-b has imported none.
        try (Connection c = PostgresServer.superuserConnection("coding_test"); Statement s = c.createStatement()) {
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
    @TestSecurity(user = "alice-biller", roles = {"biller", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void onlyAPracticeAdminImportsRules() {
        given().contentType("text/csv").body("x").queryParam("effectiveDate", "2026-10-01")
                .post("/v1/coding-rules/mue").then().statusCode(403);
    }
}
