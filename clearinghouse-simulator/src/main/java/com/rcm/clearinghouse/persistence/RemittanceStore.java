package com.rcm.clearinghouse.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The 835s owed for submissions, one per payer, and their delivery to payments-service. */
@ApplicationScoped
public class RemittanceStore {
    private static final String COLUMNS =
            "id, submission_id, payer_id, interchange, deliver_after, delivered_at, " + "attempts, last_error";

    private final AgroalDataSource dataSource;
    private final Event<Owed> owed;

    /** Fired for each 835 kept to deliver; observers after commit hear that work has arrived. */
    public record Owed() {}

    public RemittanceStore(AgroalDataSource dataSource, Event<Owed> owed) {
        this.dataSource = dataSource;
        this.owed = owed;
    }

    /** @param payerId null only for 835s kept from before they were written per payer */
    public record OwedRemittance(
            String id,
            String submissionId,
            String payerId,
            String interchange,
            Instant deliverAfter,
            Instant deliveredAt,
            int attempts,
            String lastError) {}

    /**
     * Keeps an 835 to deliver once {@code deliverAfter} has passed and, when {@code afterRemittance} is
     * given, only once that one was delivered; answers its id.
     */
    public String owe(
            String submissionId, String payerId, String interchange, Instant deliverAfter, String afterRemittance)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                INSERT INTO remittance (id, submission_id, payer_id, interchange, deliver_after, after_remittance)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, id);
            s.setString(2, submissionId);
            s.setString(3, payerId);
            s.setString(4, interchange);
            s.setTimestamp(5, Timestamp.from(deliverAfter));
            s.setString(6, afterRemittance);
            s.executeUpdate();
        }
        owed.fire(new Owed());
        return id;
    }

    /** A submission's 835s in the order they were written: each payer's, then any crossover's. */
    public List<OwedRemittance> ofSubmission(String submissionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT " + COLUMNS + " FROM remittance WHERE submission_id = ? ORDER BY seq")) {
            s.setString(1, submissionId);
            return readAll(s);
        }
    }

    /** Work on the due, undelivered 835s, each row locked until {@code work} returns. */
    public int forEachDue(int limit, DueWork work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<OwedRemittance> due;
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT r.id, r.submission_id, r.payer_id, r.interchange, r.deliver_after, r.delivered_at,
                           r.attempts, r.last_error
                      FROM remittance r
                     WHERE r.delivered_at IS NULL AND r.deliver_after <= now()
                       AND (r.after_remittance IS NULL OR EXISTS (SELECT 1 FROM remittance before
                             WHERE before.id = r.after_remittance AND before.delivered_at IS NOT NULL))
                     ORDER BY r.deliver_after, r.seq LIMIT ? FOR UPDATE OF r SKIP LOCKED""")) {
                s.setInt(1, limit);
                due = readAll(s);
            }
            for (OwedRemittance remittance : due) {
                String error = work.deliver(remittance);
                try (PreparedStatement u = c.prepareStatement(
                        error == null
                                ? "UPDATE remittance SET delivered_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ?"
                                : "UPDATE remittance SET attempts = attempts + 1, last_error = ?, "
                                        + "deliver_after = now() + least(interval '1 second' * power(2, attempts), interval '30 seconds') "
                                        + "WHERE id = ?")) {
                    if (error == null) {
                        u.setString(1, remittance.id());
                    } else {
                        u.setString(1, error);
                        u.setString(2, remittance.id());
                    }
                    u.executeUpdate();
                }
            }
            c.commit();
            return due.size();
        }
    }

    /** Delivers one 835; returns null on success or the error to retry after. */
    @FunctionalInterface
    public interface DueWork {
        String deliver(OwedRemittance remittance);
    }

    private static List<OwedRemittance> readAll(PreparedStatement s) throws SQLException {
        List<OwedRemittance> read = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp delivered = r.getTimestamp(6);
                read.add(new OwedRemittance(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getTimestamp(5).toInstant(),
                        delivered == null ? null : delivered.toInstant(),
                        r.getInt(7),
                        r.getString(8)));
            }
        }
        return read;
    }
}
