package com.rcm.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens are checked fully by every service: signed by the billing realm and issued by it at the one
 * address the services know, carrying the service's own audience, and naming a well-formed practice.
 * Each case is a token Keycloak really issued, so only the services' checks stand in the way.
 */
class TokenChecksTest {
    /** One read per service that a biller of practice-a may make. */
    private static final Map<String, String> A_BILLERS_READ = Map.of(
            Api.CODING,
            "/v1/coding-queue",
            Api.CLAIMS,
            "/v1/claims",
            Api.PAYMENTS,
            "/v1/unmatched",
            Api.PATIENT_BILLING,
            "/v1/refunds",
            Api.OPS,
            "/v1/pipeline");

    private static final List<String> SERVICE_AUDIENCES =
            List.of("coding-service", "claims-service", "payments-service", "patient-billing-service", "ops-dashboard");

    @BeforeAll
    static void platform() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void theSameRealmsTokenIssuedUnderAnotherHostnameIsRefused() {
        String elsewhere = given().formParam("grant_type", "password")
                .formParam("client_id", "billing-cli")
                .formParam("username", "alice-biller")
                .formParam("password", Tokens.passwordOf("alice-biller"))
                .post("http://localhost:8180/realms/billing/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        assertEquals(
                "http://localhost:8180/realms/billing",
                claims(elsewhere).getString("iss"),
                "Keycloak names the address it was asked at");
        A_BILLERS_READ.forEach((service, read) -> {
            given().auth().oauth2(elsewhere).get(service + read).then().statusCode(401);
            Api.as("alice-biller").get(service + read).then().statusCode(200);
        });
    }

    @Test
    void aTokenWithoutTheServicesAudienceIsRefused() {
        String client = "no-audience-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = KeycloakAdmin.newClientWithoutAudience(client, "practice-a", "biller");
        String token = Tokens.ofClient(client, secret);
        assertFalse(
                audiences(token).stream().anyMatch(SERVICE_AUDIENCES::contains),
                "the token names none of our services");
        A_BILLERS_READ.forEach((service, read) ->
                given().auth().oauth2(token).get(service + read).then().statusCode(401));
    }

    /** Row-level security reads "*" as every practice, and "unknown" files unproven dead letters: no token gets there. */
    @Test
    void aTenantClaimThatIsNotAPracticeIdIsForbidden() {
        for (String claim : List.of("*", "practice-a,practice-b", "practice a", "unknown")) {
            String user = "odd-tenant-" + UUID.randomUUID().toString().substring(0, 8);
            KeycloakAdmin.newUser(user, claim, "biller", "practice-admin");
            A_BILLERS_READ.forEach((service, read) -> Api.as(user)
                    .get(service + read)
                    .then()
                    .statusCode(403)
                    .contentType(containsString("application/problem+json"))
                    .body("detail", containsString("not a practice id")));
        }
        Api.as("alice-biller").get(Api.CLAIMS + "/v1/claims").then().statusCode(200);
    }

    @Test
    void everyTokenFromTheRealmCarriesEveryServicesAudience() {
        for (String token : List.of(
                Tokens.of("alice-biller"),
                Tokens.of("olga-ops"),
                Tokens.ofClient("ehr-partner-1", "ehr-partner-1-secret"),
                Tokens.ofClient("ehr-partner-2", "ehr-partner-2-secret"),
                Tokens.ofClient("clearinghouse-simulator", "clearinghouse-secret"))) {
            assertTrue(audiences(token).containsAll(SERVICE_AUDIENCES), "audiences " + audiences(token));
        }
        given().auth()
                .oauth2(Tokens.ofClient("ehr-partner-2", "ehr-partner-2-secret"))
                .get(Api.OPS + "/v1/me")
                .then()
                .statusCode(200)
                .body("tenantId", equalTo("practice-b"));
    }

    /** The token's {@code aud}: one string or a list. */
    private static List<String> audiences(String token) {
        Object aud = claims(token).get("aud");
        return aud instanceof List<?> list
                ? list.stream().map(Object::toString).toList()
                : aud == null ? List.of() : List.of(aud.toString());
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
