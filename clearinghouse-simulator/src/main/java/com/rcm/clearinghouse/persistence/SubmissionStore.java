package com.rcm.clearinghouse.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Submissions taken, and what the payers remember between claims (deductibles met, claims adjudicated). */
@ApplicationScoped
public class SubmissionStore {
    private final AgroalDataSource dataSource;

    public SubmissionStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Submission(String id, Instant receivedAt, String interchange) {}

    public long nextTraceNumber() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT nextval('remittance_trace')");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public void save(String id, String interchange) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO submission (id, received_at, interchange) VALUES (?, now(), ?)")) {
            s.setString(1, id);
            s.setString(2, interchange);
            s.executeUpdate();
        }
    }

    /** Cents the member has met of the payer's deductible in {@code planYear}. */
    public long deductibleMet(String payerId, String memberId, int planYear) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT met_cents FROM member_deductible WHERE payer_id = ? AND member_id = ? AND plan_year = ?")) {
            s.setString(1, payerId);
            s.setString(2, memberId);
            s.setInt(3, planYear);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    public void addToDeductible(String payerId, String memberId, int planYear, long cents) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                INSERT INTO member_deductible (payer_id, member_id, plan_year, met_cents) VALUES (?, ?, ?, ?)
                ON CONFLICT (payer_id, member_id, plan_year)
                DO UPDATE SET met_cents = member_deductible.met_cents + EXCLUDED.met_cents""")) {
            s.setString(1, payerId);
            s.setString(2, memberId);
            s.setInt(3, planYear);
            s.setLong(4, cents);
            s.executeUpdate();
        }
    }

    /** Remembers an adjudicated claim; false when the same services were adjudicated before (a duplicate). */
    public boolean firstAdjudication(String fingerprint, String patientControlNumber) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO adjudicated_claim (fingerprint, patient_control_number) VALUES (?, ?) "
                                + "ON CONFLICT (fingerprint) DO NOTHING")) {
            s.setString(1, fingerprint);
            s.setString(2, patientControlNumber);
            return s.executeUpdate() == 1;
        }
    }

    public Optional<Submission> find(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT id, received_at, interchange FROM submission WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(
                                new Submission(r.getString(1), r.getTimestamp(2).toInstant(), r.getString(3)))
                        : Optional.empty();
            }
        }
    }
}
