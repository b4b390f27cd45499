package com.rcm.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keycloak's admin API, as a billing company's administrator would use it to bring on a new practice:
 * a user whose token names a practice the platform has never seen.
 */
final class KeycloakAdmin {
    private static final String KEYCLOAK = "http://127.0.0.1:8180";

    /** A new practice with an admin who is also its biller and coder. */
    record Practice(String tenantId, String user) {
    }

    static Practice newPractice() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Practice practice = new Practice("practice-" + run, "admin-" + run);
        String admin = adminToken();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                        "username", practice.user(), "enabled", true, "emailVerified", true,
                        "email", practice.user() + "@demo.invalid", "firstName", "New", "lastName", "Practice",
                        "attributes", Map.of("tenant_id", List.of(practice.tenantId())),
                        "credentials", List.of(Map.of("type", "password", "value", run, "temporary", false))))
                .post(KEYCLOAK + "/admin/realms/billing/users").then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("username", practice.user()).queryParam("exact", true)
                .get(KEYCLOAK + "/admin/realms/billing/users").then().statusCode(200).extract().path("[0].id");
        List<Map<String, Object>> roles = List.of("practice-admin", "biller", "coder").stream()
                .map(role -> given().auth().oauth2(admin).get(KEYCLOAK + "/admin/realms/billing/roles/{r}", role)
                        .then().statusCode(200).extract().<Map<String, Object>>path("$"))
                .toList();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(roles)
                .post(KEYCLOAK + "/admin/realms/billing/users/{id}/role-mappings/realm", id).then().statusCode(204);
        Tokens.register(practice.user(), run);
        return practice;
    }

    /** The bootstrap admin deploy/local/lib/keycloak.sh starts Keycloak with (KC_ADMIN, KC_ADMIN_PASSWORD). */
    private static String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", env("KC_ADMIN", "admin")).formParam("password", env("KC_ADMIN_PASSWORD", "admin"))
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private KeycloakAdmin() {
    }
}
