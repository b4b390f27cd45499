package com.rcm.ops.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.rcm.ops.OpsTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** The screen's files and the session facts it starts from; the browser test drives it for real. */
@QuarkusTest
@OpsTestResources
class ScreenTests {

    @Test
    void theScreenIsOnlyForSignedInUsers() {
        given().redirects().follow(false).get("/ui/index.html").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void theScreenAndItsChartLibraryAreServed() {
        given().get("/ui/index.html")
                .then()
                .statusCode(200)
                .body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        given().get("/ui/app.js").then().statusCode(200).body(containsString("/v1/dead-letters"));
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void opsIsToldItSeesEveryPractice() {
        given().get("/v1/me")
                .then()
                .statusCode(200)
                .body("user", equalTo("olga-ops"))
                .body("allPractices", equalTo(true))
                .body("tenantId", nullValue());
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPracticeUserIsToldTheirPractice() {
        given().get("/v1/me")
                .then()
                .statusCode(200)
                .body("tenantId", equalTo("practice-a"))
                .body("allPractices", equalTo(false))
                .body("roles", hasItem("biller"));
    }
}
