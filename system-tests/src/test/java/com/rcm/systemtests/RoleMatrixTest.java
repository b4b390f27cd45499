package com.rcm.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The role matrix: which realm roles may call each operation, as each service's OpenAPI document
 * declares it (from its {@code @RolesAllowed}). docs/role-matrix.md must be that matrix, and every
 * role outside an operation's list is refused (403) while every role in it may read (GET answers
 * neither 401 nor 403), each with a practice-a token holding that one role.
 */
class RoleMatrixTest {
    static final Path DOC = Path.of("docs", "role-matrix.md");
    /** Practice-a's tokens with exactly one role each (ops and the clearinghouse belong to no practice). */
    private static final Map<String, java.util.function.Supplier<String>> ONE_ROLE = new LinkedHashMap<>();

    private static PracticeAFixture a;

    @BeforeAll
    static void oneTokenPerRole() {
        LocalPlatform.ensureStarted();
        a = PracticeAFixture.shared();
        String run = UUID.randomUUID().toString().substring(0, 8);
        KeycloakAdmin.newUser("biller-" + run, "practice-a", "biller");
        KeycloakAdmin.newUser("coder-" + run, "practice-a", "coder");
        ONE_ROLE.put("practice-admin", () -> Tokens.of("carol-admin"));
        ONE_ROLE.put("biller", () -> Tokens.of("biller-" + run));
        ONE_ROLE.put("coder", () -> Tokens.of("coder-" + run));
        ONE_ROLE.put("ops", () -> Tokens.of("olga-ops"));
        ONE_ROLE.put("ehr-partner", () -> Tokens.ofClient("ehr-partner-1", "ehr-partner-1-secret"));
        ONE_ROLE.put("clearinghouse", () -> Tokens.ofClient("clearinghouse-simulator", "clearinghouse-secret"));
    }

    /** service + " " + METHOD + " " + path → the roles its OpenAPI document lists (empty: any signed-in caller). */
    static Map<String, List<String>> published() {
        Map<String, List<String>> matrix = new TreeMap<>();
        IsolationWalkTest.SERVICES.forEach((service, base) -> {
            Map<String, Map<String, Map<String, Object>>> paths = given().auth()
                    .oauth2(Tokens.of("olga-ops"))
                    .get(base + "/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("paths");
            paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    return;
                }
                @SuppressWarnings("unchecked")
                List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
                List<String> roles = security == null
                        ? null
                        : security.stream()
                                .flatMap(s -> s.values().stream())
                                .flatMap(List::stream)
                                .distinct()
                                .sorted()
                                .toList();
                matrix.put(service + " " + method.toUpperCase() + " " + path, roles);
            }));
        });
        return matrix;
    }

    @Test
    void theDocumentedMatrixIsTheEnforcedOne() throws IOException {
        Map<String, List<String>> matrix = published();
        List<String> unsecured = matrix.entrySet().stream()
                .filter(e -> e.getValue() == null)
                .map(Map.Entry::getKey)
                .toList();
        assertTrue(unsecured.isEmpty(), "operations that need no token: " + unsecured);
        StringBuilder doc = new StringBuilder("""
                # Role matrix

                Which realm roles may call each operation, from each service's OpenAPI document (its
                `@RolesAllowed`); written by `system-tests` `RoleMatrixTest`, which also proves it: every
                other role is refused with 403. A practice role reads and changes its own practice's records
                only (another practice's ids answer 404: `IsolationWalkTest`); ops reads every practice.
                "any signed-in user" needs a valid token and no particular role.
                Who performed a step is taken from the token (its user, Keycloak's `preferred_username`), never
                from the body: only practice-admin may approve an adjustment (a hardship or small-balance
                write-off), biller and practice-admin may issue a refund, and the approver or issuer recorded is
                the caller; a body whose `approvedBy` or `issuedBy` names anyone else is refused with 403.

                | service | operation | roles |
                |---|---|---|
                """);
        matrix.forEach((operation, roles) -> {
            String[] parts = operation.split(" ", 2);
            doc.append("| ")
                    .append(parts[0])
                    .append(" | `")
                    .append(parts[1])
                    .append("` | ")
                    .append(roles.isEmpty() ? "any signed-in user" : String.join(", ", roles))
                    .append(" |\n");
        });
        Path root = Path.of(System.getProperty("project.root", ".."));
        Path written = Path.of("target", "role-matrix.md");
        Files.writeString(written, doc);
        String committed = Files.exists(root.resolve(DOC)) ? Files.readString(root.resolve(DOC)) : "";
        assertEquals(
                committed,
                doc.toString(),
                DOC + " is not the matrix the services enforce: copy " + written.toAbsolutePath() + " over it");
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOutsideAnOperationsListIsRefused() {
        Map<String, List<String>> matrix = published();
        List<DynamicTest> tests = new ArrayList<>();
        for (IsolationWalkTest.Case c : IsolationWalkTest.cases(a)) {
            List<String> allowed = matrix.get(c.operation());
            for (String role : ONE_ROLE.keySet()) {
                boolean may = allowed != null && (allowed.isEmpty() || allowed.contains(role));
                if (!may) {
                    tests.add(DynamicTest.dynamicTest(c.operation() + " as " + role + " → 403", () -> {
                        Response response = IsolationWalkTest.send(
                                given().auth().oauth2(ONE_ROLE.get(role).get()), c);
                        assertEquals(403, response.statusCode(), response.asString());
                    }));
                } else if (c.method().equals("GET")) {
                    tests.add(DynamicTest.dynamicTest(c.operation() + " as " + role + " → allowed", () -> {
                        int status = IsolationWalkTest.send(
                                        given().auth().oauth2(ONE_ROLE.get(role).get()), c)
                                .statusCode();
                        assertTrue(status != 401 && status != 403, c.url() + " answered " + status);
                    }));
                }
            }
        }
        return tests.stream();
    }
}
