package com.rcm.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outside development the operational endpoints are not open: the metrics need ops (or a scraper's
 * "monitoring" role), the API description a role on the API; health stays open on each service's
 * own port. And a service missing its client secret refuses to start rather than use a demo one.
 */
class OperationalEndpointsTest {
    private static final List<String> SERVICES =
            List.of(Api.CODING, Api.CLAIMS, Api.PAYMENTS, Api.PATIENT_BILLING, Api.OPS);

    @BeforeAll
    static void platform() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void metricsAndTheApiDescriptionNeedARoleWhileHealthStaysOpen() {
        for (String service : SERVICES) {
            for (String path : List.of("/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
                // The operations screen's service sends a browser to sign in (302); the others answer 401.
                given().redirects().follow(false).get(service + path).then().statusCode(oneOf(302, 401));
            }
            given().auth()
                    .oauth2(Tokens.of("alice-biller"))
                    .get(service + "/q/metrics")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.of("olga-ops"))
                    .get(service + "/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(containsString("jvm_"));
            given().auth()
                    .oauth2(Tokens.of("alice-biller"))
                    .get(service + "/q/openapi")
                    .then()
                    .statusCode(200);
            given().get(service + "/q/health/ready").then().statusCode(200);
        }
    }

    /** A service that holds a client secret, the variable it reads it from, and its database. */
    private record SecretHolder(String service, String variable, String database) {}

    @Test
    void aServiceWithoutItsClientSecretRefusesToStart() throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (SecretHolder holder : List.of(
                new SecretHolder("ops-dashboard", "OPS_DASHBOARD_CLIENT_SECRET", "ops"),
                new SecretHolder("clearinghouse-simulator", "CLEARINGHOUSE_CLIENT_SECRET", "clearinghouse"),
                new SecretHolder("coding-service", "KAFKA_CLIENT_SECRET", "coding"))) {
            Path log = Files.createTempFile(holder.service(), ".log");
            ProcessBuilder start = new ProcessBuilder(
                            "java",
                            "-jar",
                            root.resolve(holder.service() + "/target/quarkus-app/quarkus-run.jar")
                                    .toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Everything deploy/local starts the service with, but its secret.
            start.environment()
                    .putAll(Map.of(
                            "QUARKUS_HTTP_HOST",
                            "127.0.0.1",
                            "QUARKUS_HTTP_PORT",
                            "0",
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "jdbc:postgresql://127.0.0.1:5432/" + LocalPlatform.databasePrefix() + holder.database(),
                            "QUARKUS_DATASOURCE_USERNAME",
                            "billing_app",
                            "QUARKUS_DATASOURCE_PASSWORD",
                            "billing_app",
                            "QUARKUS_FLYWAY_USERNAME",
                            "billing_owner",
                            "QUARKUS_FLYWAY_PASSWORD",
                            "billing_owner",
                            "KAFKA_BOOTSTRAP_SERVERS",
                            "127.0.0.1:9092",
                            "KAFKA_CLIENT_SECRET",
                            holder.service() + "-secret",
                            "OIDC_AUTH_SERVER_URL",
                            "http://127.0.0.1:8180/realms/billing"));
            start.environment().remove(holder.variable());
            Process process = start.start();
            boolean exited = process.waitFor(90, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            String output = Files.readString(log);
            assertTrue(exited, holder.service() + " started without " + holder.variable() + ":\n" + output);
            assertNotEquals(0, process.exitValue(), holder.service() + " exited cleanly without its secret");
            assertTrue(
                    output.contains(holder.variable()), holder.service() + " did not say what is missing:\n" + output);
        }
    }
}
