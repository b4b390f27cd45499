package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database's own walls, which hold even against the services' code. Row-level security in every
 * service's database, by hand-written SQL as the services' own role
 * ({@code billing_app}): a connection set to practice-a reads none of practice-b's rows in any table
 * that holds practice data, and a connection with no practice set reads nothing at all. A new table
 * with a {@code tenant_id} column and no forced row-level security fails this test unless it is
 * listed below with its reason. And the runtime role owns nothing: it cannot lift row-level
 * security, drop or truncate a table, or change the audit log; only the owner role (Flyway's) could.
 */
class DatabaseIsolationTest {
    private static final List<String> DATABASES = List.of("coding", "claims", "payments", "patient_billing", "ops");
    /** Work queues and plumbing read across practices by the services' own schedulers; no API reads them. */
    private static final Map<String, String> WITHOUT_RLS = Map.of(
            "outbox_event", "the relay publishes every practice's events",
            "encounter_trace", "trace ids per encounter, read while publishing",
            "submission_queue", "the claim batch sender drains every practice's queue",
            "status_watch", "the claim status scheduler asks about every practice's quiet claims",
            "crossover_wait", "the crossover follow-up bills the next payer of any practice whose crossover never came",
            "payee_route", "an 835 arrives before anyone knows its practice: the payee NPI finds it",
            "billing_npi_owner", "one owner per billing NPI across practices: setup must see another practice holds it",
            "billing_cycle", "the daily cycle runs for every practice",
            "statement_queue", "the statement batch drains every practice's queue");

    @BeforeAll
    static void bothPracticesHaveBilledAnEncounter() {
        LocalPlatform.ensureStarted();
        for (String user : List.of("alice-biller", "bob-biller")) {
            String patient = "SYS-RLS-" + UUID.randomUUID().toString().substring(0, 8);
            String encounter = Api.submit(user, "rls-" + UUID.randomUUID(), Api.encounter("EHR-" + patient, patient));
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> Api.as(user)
                            .get(Api.OPS + "/v1/encounters/{id}/lifecycle", encounter)
                            .then()
                            .statusCode(200)
                            .body("stage", equalTo("PATIENT_BILLED")));
        }
    }

    @Test
    void everyTableWithPracticeDataHasForcedRowLevelSecurity() throws SQLException {
        List<String> unprotected = new ArrayList<>();
        for (String database : DATABASES) {
            try (Connection admin = connect(database, "postgres", null);
                    Statement sql = admin.createStatement();
                    ResultSet rows = sql.executeQuery("""
                            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE n.nspname = 'public' AND c.relkind = 'r'
                               AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
                               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                                                                          AND a.attname = 'tenant_id')""")) {
                while (rows.next()) {
                    if (!WITHOUT_RLS.containsKey(rows.getString(1))) {
                        unprotected.add(database + "." + rows.getString(1));
                    }
                }
            }
        }
        assertTrue(unprotected.isEmpty(), "practice data without forced row-level security: " + unprotected);
    }

    @Test
    void practiceASessionReadsNoneOfPracticeBsRowsAndNoSessionReadsNothing() throws SQLException {
        Map<String, long[]> seen = new TreeMap<>();
        for (String database : DATABASES) {
            for (String table : protectedTables(database)) {
                long others;
                try (Connection admin = connect(database, "postgres", null)) {
                    others = count(admin, "SELECT count(*) FROM " + table + " WHERE tenant_id <> 'practice-a'");
                }
                long leakedToA;
                try (Connection asA = connect(database, "billing_app", "practice-a")) {
                    leakedToA = count(asA, "SELECT count(*) FROM " + table + " WHERE tenant_id <> 'practice-a'");
                }
                long withoutPractice;
                try (Connection none = connect(database, "billing_app", null)) {
                    withoutPractice = count(none, "SELECT count(*) FROM " + table);
                }
                seen.put(database + "." + table, new long[] {others, leakedToA, withoutPractice});
            }
        }
        seen.forEach((table, counts) -> {
            assertEquals(0, counts[1], table + ": practice-a's session read other practices' rows");
            assertEquals(0, counts[2], table + ": a session with no practice read rows");
        });
        long otherRows = seen.values().stream().mapToLong(c -> c[0]).sum();
        System.out.printf(
                "row-level security: %d tables in %d databases; %d rows of other practices, none read "
                        + "as practice-a, nothing read without a practice%n",
                seen.size(), DATABASES.size(), otherRows);
        for (String mustHaveOthers : Set.of(
                "coding.encounter",
                "claims.claim",
                "payments.claim_payment",
                "patient_billing.ledger_entry",
                "ops.encounter_lifecycle")) {
            assertTrue(seen.get(mustHaveOthers)[0] > 0, mustHaveOthers + " has practice-b's rows to hide");
        }
    }

    private static List<String> protectedTables(String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection admin = connect(database, "postgres", null);
                Statement sql = admin.createStatement();
                ResultSet rows = sql.executeQuery("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relforcerowsecurity
                         ORDER BY 1""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** What a compromised service might try against its own database, each refused by PostgreSQL itself. */
    @Test
    void theRuntimeRoleCanNeitherLiftTheWallsNorRewriteTheAuditLog() throws SQLException {
        List<String> attempts = List.of(
                "ALTER TABLE outbox_event NO FORCE ROW LEVEL SECURITY",
                "ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY",
                "ALTER TABLE audit_log DISABLE TRIGGER USER",
                "DROP POLICY audit_read ON audit_log",
                "DROP TABLE audit_log",
                "TRUNCATE audit_log",
                "DELETE FROM audit_log",
                "UPDATE audit_log SET actor = 'nobody'",
                "CREATE TABLE shadow (id int)",
                "DELETE FROM flyway_schema_history");
        for (String database : DATABASES) {
            try (Connection runtime = connect(database, "billing_app", "*")) {
                for (String attempt : attempts) {
                    SQLException refused = assertThrows(
                            SQLException.class,
                            () -> {
                                try (Statement sql = runtime.createStatement()) {
                                    sql.execute(attempt);
                                }
                            },
                            database + ": the runtime role could run " + attempt);
                    assertEquals(
                            "42501",
                            refused.getSQLState(),
                            database + ": " + attempt + " failed for another reason: " + refused.getMessage());
                }
                try (Statement sql = runtime.createStatement()) {
                    sql.execute("INSERT INTO audit_log (at, actor, roles, tenant_id, method, path, status) "
                            + "VALUES (now(), 'system-test', '', 'practice-a', 'GET', '/v1/probe', 200)");
                }
            }
        }
    }

    @Test
    void theRuntimeRoleOwnsNoDatabaseSchemaTableOrFunction() throws SQLException {
        for (String database : DATABASES) {
            try (Connection admin = connect(database, "postgres", null)) {
                long owned = count(admin, """
                        SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid AND relnamespace = 'public'::regnamespace)
                             + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid)
                             + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid AND pronamespace = 'public'::regnamespace)
                             + (SELECT count(*) FROM pg_database WHERE datdba = r.oid AND datname = current_database())
                          FROM pg_roles r WHERE r.rolname = 'billing_app'""");
                assertEquals(0, owned, database + ": objects owned by the runtime role");
            }
        }
    }

    /** Applied migrations stay as they are; after the one backfill that had to (claims V106), none lifts FORCE. */
    @Test
    void noMigrationLiftsForcedRowLevelSecurity() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> lifting = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path migration : files.filter(f -> f.toString().matches(".*/src/main/resources/db/.*\\.sql"))
                    .toList()) {
                if (Files.readString(migration).toUpperCase().contains("NO FORCE ROW LEVEL SECURITY")
                        && !migration.endsWith(
                                Path.of("claims-service/src/main/resources/db/migration/V106__claim_patient.sql"))) {
                    lifting.add(root.relativize(migration).toString());
                }
            }
        }
        assertTrue(lifting.isEmpty(), "migrations that lift FORCE ROW LEVEL SECURITY: " + lifting);
    }

    /** A connection to one service's database; {@code tenant} set as the services set it, or not at all. */
    private static Connection connect(String database, String role, String tenant) throws SQLException {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + LocalPlatform.databasePrefix() + database, role, role);
        if (tenant != null) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("SELECT set_config('app.tenant_id', '" + tenant + "', false)");
            }
        }
        return connection;
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
