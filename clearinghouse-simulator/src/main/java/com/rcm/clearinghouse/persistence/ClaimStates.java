package com.rcm.clearinghouse.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Each claim's state at each payer it was sent to, by patient control number and payer (a primary
 * and the supplemental payer after it hold the same claim); the latest submission of a claim wins.
 */
@ApplicationScoped
public class ClaimStates {
    private final AgroalDataSource dataSource;

    public ClaimStates(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public enum State {
        REJECTED,
        HELD,
        DECIDED
    }

    /** {@code delivered}: the 835 carrying the payer's decision has gone out. */
    public record ClaimState(
            String patientControlNumber,
            String payerId,
            State state,
            String statusCode,
            long chargeCents,
            long paidCents,
            boolean denied,
            boolean delivered,
            LocalDate recordedOn) {}

    /**
     * Holds each claim's decision lock until the caller's transaction ends, taken in one order so two
     * submissions sharing claims cannot deadlock. One lock per claim, whichever payer decides it, so a
     * crossover's supplemental decision is taken under the primary's lock.
     */
    public void lockForDecision(List<String> patientControlNumbers) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT pg_advisory_xact_lock(hashtext('claim-decision'), hashtext(?)) IS NULL")) {
            for (String pcn : patientControlNumbers.stream().sorted().distinct().toList()) {
                s.setString(1, pcn);
                s.executeQuery().close();
            }
        }
    }

    /** @param statusCode the 277CA's category and status code, e.g. "A3:33" */
    public void rejected(String pcn, String payerId, String submissionId, String statusCode, long chargeCents)
            throws SQLException {
        upsert(pcn, payerId, submissionId, null, State.REJECTED, statusCode, chargeCents, 0, false);
    }

    public void held(String pcn, String payerId, String submissionId, long chargeCents) throws SQLException {
        upsert(pcn, payerId, submissionId, null, State.HELD, null, chargeCents, 0, false);
    }

    /** @param remittanceId the 835 that reports the decision */
    public void decided(
            String pcn,
            String payerId,
            String submissionId,
            String remittanceId,
            long chargeCents,
            long paidCents,
            boolean denied)
            throws SQLException {
        upsert(pcn, payerId, submissionId, remittanceId, State.DECIDED, null, chargeCents, paidCents, denied);
    }

    private void upsert(
            String pcn,
            String payerId,
            String submissionId,
            String remittanceId,
            State state,
            String statusCode,
            long chargeCents,
            long paidCents,
            boolean denied)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                INSERT INTO claim_state (patient_control_number, payer_id, submission_id, remittance_id, state,
                                         status_code, charge_cents, paid_cents, denied)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (patient_control_number, payer_id) DO UPDATE SET
                    submission_id = EXCLUDED.submission_id, remittance_id = EXCLUDED.remittance_id,
                    state = EXCLUDED.state, status_code = EXCLUDED.status_code,
                    charge_cents = EXCLUDED.charge_cents, paid_cents = EXCLUDED.paid_cents,
                    denied = EXCLUDED.denied, recorded_at = now()""")) {
            s.setString(1, pcn);
            s.setString(2, payerId);
            s.setString(3, submissionId);
            s.setString(4, remittanceId);
            s.setString(5, state.name());
            s.setString(6, statusCode);
            s.setLong(7, chargeCents);
            s.setLong(8, paidCents);
            s.setBoolean(9, denied);
            s.executeUpdate();
        }
    }

    public Optional<ClaimState> find(String pcn, String payerId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                SELECT cs.patient_control_number, cs.payer_id, cs.state, cs.status_code, cs.charge_cents,
                       cs.paid_cents, cs.denied, r.delivered_at IS NOT NULL, cs.recorded_at::date
                  FROM claim_state cs LEFT JOIN remittance r ON r.id = cs.remittance_id
                 WHERE cs.patient_control_number = ? AND cs.payer_id = ?""")) {
            s.setString(1, pcn);
            s.setString(2, payerId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ClaimState(
                        r.getString(1),
                        r.getString(2),
                        State.valueOf(r.getString(3)),
                        r.getString(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getBoolean(7),
                        r.getBoolean(8),
                        r.getObject(9, LocalDate.class)));
            }
        }
    }
}
