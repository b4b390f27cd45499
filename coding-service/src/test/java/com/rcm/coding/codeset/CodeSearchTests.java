package com.rcm.coding.codeset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.rcm.coding.CodingTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Coders searching ICD-10-CM for a date of service, over REST. */
@QuarkusTest
@CodingTestResources
class CodeSearchTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "coder")
    void byCodePrefixTheCodeComesFirstThenItsChildren() {
        given().queryParam("q", "e11")
                .queryParam("dateOfService", "2026-11-02")
                .get("/v1/codes/icd10cm")
                .then()
                .statusCode(200)
                .body("version", equalTo("FY2027"))
                .body("results.code", contains("E11", "E11.65", "E11.9"))
                .body("results[0].billable", equalTo(false));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "coder")
    void byWordsTheVersionInForceOnTheDateIsSearched() {
        given().queryParam("q", "diabetes hyperglyc")
                .queryParam("dateOfService", "2026-11-02")
                .get("/v1/codes/icd10cm")
                .then()
                .body("results.code", contains("E11.65"));
        given().queryParam("q", "diabetes hyperglyc")
                .queryParam("dateOfService", "2025-11-02")
                .get("/v1/codes/icd10cm")
                .then()
                .body("version", equalTo("FY2026"))
                .body("results", hasSize(0));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "coder")
    void aDateBeforeEveryVersionAndAnEmptyQueryAreClearErrors() {
        given().queryParam("q", "E11")
                .queryParam("dateOfService", "2001-01-01")
                .get("/v1/codes/icd10cm")
                .then()
                .statusCode(404);
        given().get("/v1/codes/icd10cm").then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "coder")
    void hcpcsLookupSaysWhetherTheCodeIsValidOnTheDate() {
        given().queryParam("dateOfService", "2026-11-02")
                .get("/v1/codes/hcpcs/G0999")
                .then()
                .statusCode(200)
                .body("validOnDateOfService", equalTo(false))
                .body("code.terminatedOn", equalTo("2025-12-31"));
        given().queryParam("dateOfService", "2026-11-02")
                .get("/v1/codes/hcpcs/xe")
                .then()
                .body("code.kind", equalTo("M"))
                .body("validOnDateOfService", equalTo(true));
    }
}
