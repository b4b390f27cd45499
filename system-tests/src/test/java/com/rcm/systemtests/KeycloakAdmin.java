package com.rcm.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keycloak's admin API, as a billing company's administrator would use it: a new practice (a user
 * whose token names a practice the platform has never seen), or a user with exactly some roles.
 */
final class KeycloakAdmin {
    private static final String KEYCLOAK = "http://127.0.0.1:8180";

    /** A new practice with an admin who is also its biller and coder. */
    record Practice(String tenantId, String user) {}

    static Practice newPractice() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Practice practice = new Practice("practice-" + run, "admin-" + run);
        newUser(practice.user(), practice.tenantId(), "practice-admin", "biller", "coder");
        return practice;
    }

    /** A user of {@code tenantId} with exactly {@code roles}, signed in by {@link Tokens#of}. */
    static void newUser(String user, String tenantId, String... roles) {
        String password = UUID.randomUUID().toString();
        String admin = adminToken();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        user,
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "email",
                        user + "@demo.invalid",
                        "firstName",
                        "Test",
                        "lastName",
                        "User",
                        "attributes",
                        Map.of("tenant_id", List.of(tenantId)),
                        "credentials",
                        List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(KEYCLOAK + "/admin/realms/billing/users")
                .then()
                .statusCode(201);
        String id = given().auth()
                .oauth2(admin)
                .queryParam("username", user)
                .queryParam("exact", true)
                .get(KEYCLOAK + "/admin/realms/billing/users")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        grantRealmRoles(admin, id, roles);
        Tokens.register(user, password);
    }

    /**
     * A confidential client whose service account holds {@code roles} and whose tokens name
     * {@code tenantId}, but which no audience mapper serves: its tokens carry no service's audience.
     * Its secret.
     */
    static String newClientWithoutAudience(String clientId, String tenantId, String... roles) {
        String secret = UUID.randomUUID().toString();
        String admin = adminToken();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "clientId",
                        clientId,
                        "enabled",
                        true,
                        "publicClient",
                        false,
                        "secret",
                        secret,
                        "serviceAccountsEnabled",
                        true,
                        "standardFlowEnabled",
                        false,
                        "protocolMappers",
                        List.of(Map.of(
                                "name",
                                "tenant_id",
                                "protocol",
                                "openid-connect",
                                "protocolMapper",
                                "oidc-hardcoded-claim-mapper",
                                "config",
                                Map.of(
                                        "claim.name",
                                        "tenant_id",
                                        "claim.value",
                                        tenantId,
                                        "jsonType.label",
                                        "String",
                                        "access.token.claim",
                                        "true")))))
                .post(KEYCLOAK + "/admin/realms/billing/clients")
                .then()
                .statusCode(201);
        String id = given().auth()
                .oauth2(admin)
                .queryParam("clientId", clientId)
                .get(KEYCLOAK + "/admin/realms/billing/clients")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        String serviceAccount = given().auth()
                .oauth2(admin)
                .get(KEYCLOAK + "/admin/realms/billing/clients/{id}/service-account-user", id)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        grantRealmRoles(admin, serviceAccount, roles);
        return secret;
    }

    private static void grantRealmRoles(String admin, String userId, String... roles) {
        List<Map<String, Object>> granted = List.of(roles).stream()
                .map(role -> given().auth()
                        .oauth2(admin)
                        .get(KEYCLOAK + "/admin/realms/billing/roles/{r}", role)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Map<String, Object>>path("$"))
                .toList();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(granted)
                .post(KEYCLOAK + "/admin/realms/billing/users/{id}/role-mappings/realm", userId)
                .then()
                .statusCode(204);
    }

    /** The bootstrap admin deploy/local/lib/keycloak.sh starts Keycloak with (KC_ADMIN, KC_ADMIN_PASSWORD). */
    private static String adminToken() {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", env("KC_ADMIN", "admin"))
                .formParam("password", env("KC_ADMIN_PASSWORD", "admin"))
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private KeycloakAdmin() {}
}
