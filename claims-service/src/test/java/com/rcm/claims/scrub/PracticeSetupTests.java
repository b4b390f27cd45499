package com.rcm.claims.scrub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.rcm.claims.ClaimsTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Practice setup by REST: what a claim needs is checked when it is entered, per practice. */
@QuarkusTest
@ClaimsTestResources
class PracticeSetupTests {
    private static final String PROVIDER = """
            {"name": "Austin Family Medicine", "npi": "%s", "tin": "741234567", "taxonomy": "207Q00000X",
             "addressLine1": "100 Congress Ave", "city": "Austin", "state": "TX", "postalCode": "%s",
             "claimPrefix": "PA"}""";

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theBillingProviderNeedsAValidNpiAndANineDigitZip() {
        given().contentType(ContentType.JSON)
                .body(PROVIDER.formatted("1111111113", "787011234"))
                .put("/v1/setup/billing-provider")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("npi"));
        given().contentType(ContentType.JSON)
                .body(PROVIDER.formatted("1111111112", "78701"))
                .put("/v1/setup/billing-provider")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("postalCode"));
        given().contentType(ContentType.JSON)
                .body(PROVIDER.formatted("1111111112", "787011234"))
                .put("/v1/setup/billing-provider")
                .then()
                .statusCode(200)
                .body("npi", equalTo("1111111112"));
        given().get("/v1/setup")
                .then()
                .statusCode(200)
                .body("billingProvider.npi", equalTo("1111111112"))
                .body("payers.payerId", hasItem("SIMCOMM"));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void renderingProvidersPayersAndFeesAreSetPerPractice() {
        given().contentType(ContentType.JSON)
                .body("""
                {"lastName": "NEW", "firstName": "PROVIDER", "taxonomy": "207Q00000X"}""")
                .put("/v1/setup/rendering-providers/{npi}", "1234567890")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("npi"));
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM X", "claimFilingIndicator": "CI", "timelyFilingDays": 0}""")
                .put("/v1/setup/payers/SIMX")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("timelyFilingDays"));
        given().contentType(ContentType.JSON)
                .body("""
                {"chargeCents": 9000, "effectiveFrom": "2026-01-01"}""")
                .put("/v1/setup/fee-schedule/{code}", "20610")
                .then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPayersTypeAndWhetherItReceivesCrossoversAreSetUpWithIt() {
        given().get("/v1/setup")
                .then()
                .statusCode(200)
                .body("payers.find { it.payerId == 'SIMMCARE' }.type", equalTo("MEDICARE"))
                .body("payers.find { it.payerId == 'SIMSUPP' }.receivesCrossovers", equalTo(true));
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM MEDIGAP", "claimFilingIndicator": "CI", "timelyFilingDays": 365,
                 "type": "SUPPLEMENTAL", "receivesCrossovers": true}""")
                .put("/v1/setup/payers/SIMGAP")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM MEDICAID", "claimFilingIndicator": "MC", "timelyFilingDays": 365}""")
                .put("/v1/setup/payers/SIMCAID")
                .then()
                .statusCode(200);
        given().get("/v1/setup")
                .then()
                .statusCode(200)
                .body("payers.find { it.payerId == 'SIMGAP' }.type", equalTo("SUPPLEMENTAL"))
                .body("payers.find { it.payerId == 'SIMGAP' }.receivesCrossovers", equalTo(true))
                .body("payers.find { it.payerId == 'SIMCAID' }.type", equalTo("MEDICAID"))
                .body("payers.find { it.payerId == 'SIMCAID' }.receivesCrossovers", equalTo(false));
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM MEDICARE", "claimFilingIndicator": "MB", "timelyFilingDays": 365,
                 "medicareSecondaryType": "99"}""")
                .put("/v1/setup/payers/SIMMCARE2")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("medicareSecondaryType"));
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM X", "claimFilingIndicator": "CI", "timelyFilingDays": 90, "type": "VETERANS"}""")
                .put("/v1/setup/payers/SIMX")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void aPracticeSeesOnlyItsOwnSetupAndABillerCannotChangeIt() {
        given().get("/v1/setup").then().statusCode(200).body("billingProvider.npi", equalTo("2222222228"));
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM X", "claimFilingIndicator": "CI", "timelyFilingDays": 90}""")
                .put("/v1/setup/payers/SIMX")
                .then()
                .statusCode(403);
    }
}
