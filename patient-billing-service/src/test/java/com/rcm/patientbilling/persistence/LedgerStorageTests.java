package com.rcm.patientbilling.persistence;

import static com.rcm.patientbilling.support.PaymentEvents.CONTRACT_PATIENT_RESPONSIBILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.rcm.events.Topics;
import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.PaymentEvents;
import com.rcm.testkit.EventTap;
import com.rcm.testkit.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The database's own walls: money rows are append-only, and a connection sees only the practice it names. */
@QuarkusTest
@PatientBillingTestResources
class LedgerStorageTests {
    private static final String DATABASE = "patient_billing_test";

    @Test
    void ledgerPaymentsAndStatementsRefuseToBeRewrittenEvenByTheSuperuser() throws SQLException {
        chargedPatientOf("practice-a");
        try (Connection c = PostgresServer.superuserConnection(DATABASE);
                Statement s = c.createStatement()) {
            for (String table : new String[] {"ledger_entry", "statement"}) {
                assertThrows(
                        SQLException.class, () -> s.executeUpdate("UPDATE " + table + " SET tenant_id = tenant_id"));
                assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM " + table));
            }
        }
    }

    @Test
    void aConnectionSeesOnlyThePracticeItNames() throws SQLException {
        String patient = chargedPatientOf("practice-a");
        try (Connection c = DriverManager.getConnection(
                PostgresServer.jdbcUrl(DATABASE), PostgresServer.APP_ROLE, PostgresServer.APP_PASSWORD)) {
            assertEquals(0, balance(c, patient), "no tenant setting reads nothing");
            setTenant(c, "practice-b");
            assertEquals(0, balance(c, patient), "practice-b must not read practice-a's ledger");
            setTenant(c, "practice-a");
            assertEquals(CONTRACT_PATIENT_RESPONSIBILITY, balance(c, patient));
        }
    }

    private static String chargedPatientOf(String tenant) {
        String patient = PaymentEvents.newPatientId();
        PaymentEvents.Published posted = PaymentEvents.publish(tenant, PaymentEvents.contractExample(patient));
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.statement.issued.v1", posted.encounterId()),
                Duration.ofSeconds(20));
        return patient;
    }

    private static void setTenant(Connection c, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            s.setString(1, tenant);
            s.execute();
        }
    }

    private static long balance(Connection c, String patientId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT coalesce(sum(e.amount_cents), 0) FROM ledger_entry e
                  JOIN patient_account a ON a.id = e.account_id WHERE a.patient_id = ?""")) {
            s.setString(1, patientId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
