package com.rcm.coding.codeset.persistence;

import com.rcm.coding.codeset.CodeSetImportStatus;
import com.rcm.coding.codeset.CodeSystem;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The import requests and their progress, each update in its own short transaction so readers see it at once. */
@ApplicationScoped
public class CodeSetImportRepository {
    private final AgroalDataSource dataSource;

    public CodeSetImportRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String open(CodeSystem system, String label, String requestedBy) {
        String id = UUID.randomUUID().toString();
        update(
                "INSERT INTO code_set_import (id, code_system, label, status, requested_by, started_at) "
                        + "VALUES (?, ?, ?, 'RUNNING', ?, now())",
                id,
                system.name(),
                label,
                requestedBy);
        return id;
    }

    public void progress(String id, int linesRead, Integer linesTotal) {
        update("UPDATE code_set_import SET lines_read = ?, lines_total = ? WHERE id = ?", linesRead, linesTotal, id);
    }

    public void finish(String id, String status, int linesRead, int codesLoaded, String message) {
        update(
                "UPDATE code_set_import SET status = ?, lines_read = ?, codes_loaded = ?, message = ?, "
                        + "finished_at = now() WHERE id = ?",
                status,
                linesRead,
                codesLoaded,
                message,
                id);
    }

    /** Imports cut off by a stop of the service are marked failed, so nobody waits for them. */
    public int failInterrupted() {
        return update(
                "UPDATE code_set_import SET status = 'FAILED', message = 'interrupted by a restart of the "
                        + "service; nothing of it was kept, import the file again', finished_at = now() WHERE status = 'RUNNING'");
    }

    public Optional<CodeSetImportStatus> find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("SELECT * FROM code_set_import WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(statusOf(r)) : Optional.<CodeSetImportStatus>empty();
                }
            }
        });
    }

    private static CodeSetImportStatus statusOf(ResultSet r) throws SQLException {
        return new CodeSetImportStatus(
                r.getString("id"),
                r.getString("code_system"),
                r.getString("label"),
                r.getString("status"),
                r.getInt("lines_read"),
                (Integer) r.getObject("lines_total"),
                r.getInt("codes_loaded"),
                r.getString("message"),
                time(r.getTimestamp("started_at")),
                time(r.getTimestamp("finished_at")));
    }

    private int update(String sql, Object... values) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private static OffsetDateTime time(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
