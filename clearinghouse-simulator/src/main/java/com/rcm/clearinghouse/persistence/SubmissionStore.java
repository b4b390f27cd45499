package com.rcm.clearinghouse.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Submissions taken and the remittances owed for them. */
@ApplicationScoped
public class SubmissionStore {
    private final AgroalDataSource dataSource;

    public SubmissionStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Submission(String id, Instant receivedAt, String interchange, String remittance, Instant deliverAfter,
            Instant deliveredAt, int attempts, String lastError) {
    }

    public long nextTraceNumber() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT nextval('remittance_trace')");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public void save(String id, String interchange, String remittance, Instant deliverAfter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO submission (id, received_at, interchange, remittance, deliver_after)
                VALUES (?, now(), ?, ?, ?)""")) {
            s.setString(1, id);
            s.setString(2, interchange);
            s.setString(3, remittance);
            s.setTimestamp(4, Timestamp.from(deliverAfter));
            s.executeUpdate();
        }
    }

    /** Cents the member has met of the payer's deductible in {@code planYear}. */
    public long deductibleMet(String payerId, String memberId, int planYear) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
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
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
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
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO adjudicated_claim (fingerprint, patient_control_number) VALUES (?, ?) "
                        + "ON CONFLICT (fingerprint) DO NOTHING")) {
            s.setString(1, fingerprint);
            s.setString(2, patientControlNumber);
            return s.executeUpdate() == 1;
        }
    }

    public Optional<Submission> find(String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT id, received_at, interchange, remittance, deliver_after, delivered_at, attempts, last_error
                  FROM submission WHERE id = ?""")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** Work on the due, undelivered submissions, each row locked until {@code work} returns. */
    public int forEachDue(int limit, DueWork work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Submission> due = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, received_at, interchange, remittance, deliver_after, delivered_at, attempts, last_error
                      FROM submission WHERE delivered_at IS NULL AND deliver_after <= now()
                     ORDER BY deliver_after LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                s.setInt(1, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        due.add(read(r));
                    }
                }
            }
            for (Submission submission : due) {
                String error = work.deliver(submission);
                try (PreparedStatement u = c.prepareStatement(error == null
                        ? "UPDATE submission SET delivered_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ?"
                        : "UPDATE submission SET attempts = attempts + 1, last_error = ?, "
                                + "deliver_after = now() + least(interval '1 second' * power(2, attempts), interval '30 seconds') "
                                + "WHERE id = ?")) {
                    if (error == null) {
                        u.setString(1, submission.id());
                    } else {
                        u.setString(1, error);
                        u.setString(2, submission.id());
                    }
                    u.executeUpdate();
                }
            }
            c.commit();
            return due.size();
        }
    }

    /** Delivers one submission's remittance; returns null on success or the error to retry after. */
    @FunctionalInterface
    public interface DueWork {
        String deliver(Submission submission);
    }

    private static Submission read(ResultSet r) throws SQLException {
        Timestamp delivered = r.getTimestamp("delivered_at");
        return new Submission(r.getString("id"), r.getTimestamp("received_at").toInstant(), r.getString("interchange"),
                r.getString("remittance"), r.getTimestamp("deliver_after").toInstant(),
                delivered == null ? null : delivered.toInstant(), r.getInt("attempts"), r.getString("last_error"));
    }
}
