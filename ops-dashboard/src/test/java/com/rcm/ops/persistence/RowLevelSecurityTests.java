package com.rcm.ops.persistence;

import static com.rcm.ops.support.Projection.DATABASE;
import static com.rcm.ops.support.Projection.awaitProjected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.rcm.ops.OpsTestResources;
import com.rcm.ops.support.PipelineEvents;
import com.rcm.testkit.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The database's own wall: a practice reads its rows, '*' (ops) reads all of them, and nobody writes as '*'. */
@QuarkusTest
@OpsTestResources
class RowLevelSecurityTests {

    @Test
    void aConnectionSeesThePracticeItNamesAndOpsSeesEveryPractice() throws SQLException {
        String ofA = PipelineEvents.newEncounterId();
        PipelineEvents.Sent coded = PipelineEvents.coded("practice-a", ofA, "2026-11-02T10:05:00Z");
        awaitProjected(ofA);
        try (Connection c = DriverManager.getConnection(
                PostgresServer.jdbcUrl(DATABASE), PostgresServer.APP_ROLE, PostgresServer.APP_PASSWORD)) {
            assertEquals(0, count(c, "encounter_lifecycle", ofA), "no tenant setting reads nothing");
            setTenant(c, "practice-b");
            assertEquals(0, count(c, "encounter_lifecycle", ofA));
            assertEquals(0, count(c, "encounter_stage_history", ofA));
            setTenant(c, "practice-a");
            assertEquals(1, count(c, "encounter_lifecycle", ofA));
            setTenant(c, "*");
            assertEquals(1, count(c, "encounter_lifecycle", ofA));
            assertEquals(1, count(c, "encounter_stage_history", ofA));

            assertThrows(
                    SQLException.class,
                    () -> insertStep(c, "practice-a", ofA, "forged"),
                    "ops reads every practice but writes none");
            setTenant(c, "practice-a");
            assertThrows(
                    SQLException.class,
                    () -> insertStep(c, "practice-a", ofA, coded.id()),
                    "one event is one step of one encounter");
        }
    }

    private static void insertStep(Connection c, String tenant, String encounterId, String eventId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO encounter_stage_history (tenant_id, encounter_id, stage, at, event_id)
                VALUES (?, ?, 'PAID', now(), ?)""")) {
            s.setString(1, tenant);
            s.setString(2, encounterId);
            s.setString(3, eventId);
            s.executeUpdate();
        }
    }

    private static void setTenant(Connection c, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            s.setString(1, tenant);
            s.execute();
        }
    }

    private static int count(Connection c, String table, String encounterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE encounter_id = ?")) {
            s.setString(1, encounterId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
