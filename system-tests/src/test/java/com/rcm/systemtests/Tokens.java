package com.rcm.systemtests;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the platform's Keycloak, as deploy/local/token.sh gets them. */
final class Tokens {
    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/billing/protocol/openid-connect/token";
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>(
            Map.of("alice-biller", "alice", "bob-biller", "bob", "olga-ops", "olga", "carol-admin", "carol"));
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    static String of(String user) {
        return CACHE.computeIfAbsent(
                user,
                u -> given().formParam("grant_type", "password")
                        .formParam("client_id", "billing-cli")
                        .formParam("username", u)
                        .formParam("password", PASSWORDS.get(u))
                        .post(TOKEN_URL)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token"));
    }

    /** A client's own token (client credentials), e.g. a partner EHR's or the clearinghouse's. */
    static String ofClient(String clientId, String secret) {
        return CACHE.computeIfAbsent(
                "client:" + clientId,
                c -> given().formParam("grant_type", "client_credentials")
                        .formParam("client_id", clientId)
                        .formParam("client_secret", secret)
                        .post(TOKEN_URL)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token"));
    }

    static String passwordOf(String user) {
        return PASSWORDS.get(user);
    }

    /** A user a test created in the realm (KeycloakAdmin), so {@link #of} can sign them in. */
    static void register(String user, String password) {
        PASSWORDS.put(user, password);
    }

    private Tokens() {}
}
