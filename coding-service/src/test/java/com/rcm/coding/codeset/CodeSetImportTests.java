package com.rcm.coding.codeset;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.rcm.coding.CodingTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Operations importing the official files over REST: progress, idempotent re-imports, clear failures.
 * The versions here take effect in the 2090s so they never change what the other tests' visits code against.
 */
@QuarkusTest
@CodingTestResources
class CodeSetImportTests {

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void anImportShowsItsProgressAndAReimportOfTheSameVersionChangesNothing() {
        String file = CodeSetFiles.icd10File(List.of(
                CodeSetFiles.icd10Line(1, "A00", false, "Cholera", "Cholera"),
                CodeSetFiles.icd10Line(
                        2,
                        "A000",
                        true,
                        "Cholera due to Vibrio cholerae 01, biovar cholerae",
                        "Cholera due to Vibrio cholerae 01, biovar cholerae")));
        String id = post("/v1/code-sets/icd10cm", "fiscalYear", "2091", file)
                .statusCode(202)
                .header("Location", containsString("/v1/code-sets/imports/"))
                .extract()
                .path("id");
        awaitDone(id)
                .body("status", equalTo("DONE"))
                .body("codesLoaded", equalTo(2))
                .body("linesRead", equalTo(2))
                .body("linesTotal", equalTo(2))
                .body("percent", equalTo(100))
                .body("version", equalTo("FY2091"));
        given().get("/v1/code-sets")
                .then()
                .statusCode(200)
                .body("findAll { it.system == 'ICD10CM' }.label", hasItem("FY2091"))
                .body("find { it.label == 'FY2091' }.effectiveFrom", equalTo("2090-10-01"));

        String again = post("/v1/code-sets/icd10cm", "fiscalYear", "FY2091", file)
                .statusCode(202)
                .extract()
                .path("id");
        awaitDone(again).body("status", equalTo("UNCHANGED")).body("codesLoaded", equalTo(0));

        String changed = post(
                        "/v1/code-sets/icd10cm", "fiscalYear", "2091", file.replace("Cholera due", "Cholera, due"))
                .statusCode(202)
                .extract()
                .path("id");
        awaitDone(changed).body("status", equalTo("FAILED")).body("message", containsString("different content"));
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void aMalformedFileFailsNamingTheLineAndLoadsNothing() {
        String file = CodeSetFiles.icd10File(List.of(
                CodeSetFiles.icd10Line(1, "B00", false, "Herpesviral infections", "Herpesviral infections"),
                "00002 B001    Y Herpesviral vesicular dermatitis"));
        String id = post("/v1/code-sets/icd10cm", "fiscalYear", "2092", file)
                .statusCode(202)
                .extract()
                .path("id");
        awaitDone(id).body("status", equalTo("FAILED")).body("message", containsString("line 2"));
        given().get("/v1/code-sets").then().body("label", not(hasItem("FY2092")));
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void hcpcsIsVersionedByQuarterAndBadPeriodsAreNamed() {
        String id = post("/v1/code-sets/hcpcs", "quarter", "2090Q2", CodeSetFiles.hcpcs2026Q4())
                .statusCode(202)
                .extract()
                .path("id");
        awaitDone(id).body("status", equalTo("DONE")).body("codesLoaded", equalTo(11));
        given().get("/v1/code-sets").then().body("find { it.label == '2090Q2' }.effectiveFrom", equalTo("2090-04-01"));
        post("/v1/code-sets/hcpcs", "quarter", "2090-2", "x").statusCode(400).body("errors.field", hasItem("quarter"));
        post("/v1/code-sets/icd10cm", "fiscalYear", "", "x")
                .statusCode(400)
                .body("errors.field", hasItem("fiscalYear"));
    }

    @Test
    @TestSecurity(
            user = "alice-biller",
            roles = {"biller", "coder"})
    void onlyOperationsImportsTheSharedCodeSets() {
        post("/v1/code-sets/icd10cm", "fiscalYear", "2093", "x").statusCode(403);
    }

    private static ValidatableResponse post(String path, String parameter, String value, String file) {
        return given().contentType("text/plain")
                .queryParam(parameter, value)
                .body(file.getBytes())
                .post(path)
                .then();
    }

    private static ValidatableResponse awaitDone(String id) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().get("/v1/code-sets/imports/{id}", id)
                        .then()
                        .statusCode(200)
                        .body("status", not(equalTo("RUNNING"))));
        return given().get("/v1/code-sets/imports/{id}", id).then();
    }
}
