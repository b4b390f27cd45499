package com.rcm.platform.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.platform.PlatformDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which practice a unit of work runs for (TenantContext, CurrentTenant) and how that binds every
 * database connection it uses (RowLevelSecurityInterceptor, against PostgreSQL's row-level security).
 */
class TenantBindingTests {
    private final CurrentTenant currentTenant = new CurrentTenant();
    private final RowLevelSecurityInterceptor interceptor = new RowLevelSecurityInterceptor(currentTenant);

    @BeforeEach
    void clearKeys() {
        PlatformDatabase.asSuperuser("DELETE FROM idempotency_key");
    }

    @Test
    void aTenantIsBoundForItsWorkOnlyAndTheOuterOneComesBack() {
        List<Optional<String>> seen = new ArrayList<>();

        TenantContext.runAs("practice-a", () -> {
            seen.add(currentTenant.id());
            TenantContext.runAs("practice-b", () -> seen.add(currentTenant.id()));
            seen.add(currentTenant.id());
        });

        assertEquals(List.of(Optional.of("practice-a"), Optional.of("practice-b"), Optional.of("practice-a")), seen);
        assertNull(TenantContext.bound(), "nothing stays bound on the thread");
    }

    @Test
    void aFailingUnitOfWorkUnbindsItsTenantToo() {
        assertThrows(
                IllegalArgumentException.class,
                () -> TenantContext.runAs("practice-a", () -> {
                    throw new IllegalArgumentException("handler failed");
                }));
        IllegalStateException wrapped = assertThrows(
                IllegalStateException.class,
                () -> TenantContext.callAs("practice-a", () -> {
                    throw new IOException("disk full");
                }));

        assertTrue(wrapped.getCause() instanceof IOException);
        assertNull(TenantContext.bound());
    }

    @Test
    void onlyAPracticeIdNamesAPractice() {
        assertTrue(CurrentTenant.isPracticeId("practice-a"));
        assertTrue(CurrentTenant.isPracticeId("clinic_9.north"));
        assertFalse(CurrentTenant.isPracticeId("*"), "every practice, for the services' own reads only");
        assertFalse(CurrentTenant.isPracticeId(CurrentTenant.UNPROVEN));
        assertFalse(CurrentTenant.isPracticeId(""));
        assertFalse(CurrentTenant.isPracticeId("-leading-dash"));
        assertFalse(CurrentTenant.isPracticeId("p".repeat(65)));
        assertFalse(CurrentTenant.isPracticeId(null));
    }

    @Test
    void aConnectionSeesAndWritesOnlyTheBoundPracticesRows() throws SQLException {
        PlatformDatabase.asSuperuser(
                "INSERT INTO idempotency_key VALUES ('practice-b', 'claims', 'k-b', 'h', 'r-b', now())");
        try (Connection connection = PlatformDatabase.runtimeConnection()) {
            TenantContext.runAs("practice-a", () -> interceptor.onConnectionAcquire(connection));

            insertKey(connection, "practice-a", "k-a");
            SQLException refused = assertThrows(SQLException.class, () -> insertKey(connection, "practice-b", "k-b2"));
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            assertEquals(List.of("k-a"), visibleKeys(connection));

            interceptor.onConnectionReturn(connection);
            assertEquals(List.of(), visibleKeys(connection), "a returned connection carries no practice");
        }
    }

    @Test
    void aConnectionAcquiredForNoPracticeSeesNoPracticesRows() throws SQLException {
        PlatformDatabase.asSuperuser(
                "INSERT INTO idempotency_key VALUES ('practice-b', 'claims', 'k-b', 'h', 'r-b', now())");
        try (Connection connection = PlatformDatabase.runtimeConnection()) {
            new RowLevelSecurityInterceptor(new CurrentTenant() {
                        @Override
                        public Optional<String> id() {
                            return Optional.empty();
                        }
                    })
                    .onConnectionAcquire(connection);

            assertEquals(List.of(), visibleKeys(connection));
        }
    }

    private static void insertKey(Connection connection, String tenant, String key) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO idempotency_key VALUES (?, 'claims', ?, 'h', 'r', now())")) {
            insert.setString(1, tenant);
            insert.setString(2, key);
            insert.executeUpdate();
        }
    }

    private static List<String> visibleKeys(Connection connection) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT idem_key FROM idempotency_key ORDER BY idem_key")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }
}
