package com.rcm.coding.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.rcm.coding.CodingTestResources;
import com.rcm.coding.api.EhrEvents;
import com.rcm.testkit.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The database's own wall: hand-written SQL as the service's role sees only the tenant it names. */
@QuarkusTest
@CodingTestResources
class RowLevelSecurityTests {

    @Test
    void aConnectionSeesOnlyTheTenantItNamesAndNothingWithoutOne() throws SQLException {
        String encounterOfA = EhrEvents.publishAndAwaitCoded("practice-a", "EHR-RLS");
        try (Connection c = DriverManager.getConnection(
                PostgresServer.jdbcUrl("coding_test"), PostgresServer.APP_ROLE, PostgresServer.APP_PASSWORD)) {
            assertEquals(0, count(c, encounterOfA), "no tenant setting must read nothing");
            setTenant(c, "practice-b");
            assertEquals(0, count(c, encounterOfA), "practice-b must not read practice-a's row");
            setTenant(c, "practice-a");
            assertEquals(1, count(c, encounterOfA));

            setTenant(c, "practice-b");
            assertThrows(
                    SQLException.class,
                    () -> {
                        try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO encounter (id, tenant_id, external_id, date_of_service, status, channel,
                                               submission, created_at, updated_at)
                        VALUES ('forged', 'practice-a', 'X', current_date, 'CODED', 'REST', '{}', now(), now())""")) {
                            insert.executeUpdate();
                        }
                    },
                    "practice-b must not write rows for practice-a");
        }
    }

    private static void setTenant(Connection c, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            s.setString(1, tenant);
            s.execute();
        }
    }

    private static int count(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM encounter WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
