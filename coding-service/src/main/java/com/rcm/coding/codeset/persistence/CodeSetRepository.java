package com.rcm.coding.codeset.persistence;

import com.rcm.coding.codeset.CodeSetVersion;
import com.rcm.coding.codeset.CodeSystem;
import com.rcm.coding.codeset.HcpcsCode;
import com.rcm.coding.codeset.HcpcsRecord;
import com.rcm.coding.codeset.Icd10cmOrderLine;
import com.rcm.coding.persistence.CopyRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Code-set versions and their ICD-10-CM and HCPCS codes. A version is written once, whole, and never changed. */
@ApplicationScoped
public class CodeSetRepository {
    private final AgroalDataSource dataSource;

    public CodeSetRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A version about to be loaded: {@code sha256} of its file tells a re-import of the same content. */
    public record NewVersion(CodeSystem system, String label, LocalDate effectiveFrom, String sha256) {}

    /** Hands each code of a file to the sink as it is read, so a large file never sits in memory whole. */
    @FunctionalInterface
    public interface CodeFeed<T> {
        void feed(Consumer<T> sink) throws IOException;
    }

    public List<CodeSetVersion> versions() {
        return query(
                "SELECT id, code_system, label, effective_from, code_count FROM code_set_version "
                        + "ORDER BY code_system, effective_from",
                s -> {},
                r -> new CodeSetVersion(
                        r.getLong(1),
                        CodeSystem.valueOf(r.getString(2)),
                        r.getString(3),
                        r.getObject(4, LocalDate.class),
                        r.getInt(5)));
    }

    /** The HCPCS procedure ({@code kind} P) or modifier (M) in version {@code versionId}, if listed. */
    public Optional<HcpcsCode> hcpcs(long versionId, String code, char kind) {
        return query(
                        "SELECT code, kind, short_description, long_description, added_on, terminated_on "
                                + "FROM hcpcs_code WHERE version_id = ? AND code = ? AND kind = ?",
                        s -> {
                            s.setLong(1, versionId);
                            s.setString(2, code);
                            s.setString(3, String.valueOf(kind));
                        },
                        r -> new HcpcsCode(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getObject(5, LocalDate.class),
                                r.getObject(6, LocalDate.class)))
                .stream()
                .findFirst();
    }

    public List<Icd10cmOrderLine> icd10cmCodes(long versionId) {
        return query(
                "SELECT code, billable, short_description, long_description "
                        + "FROM icd10cm_code WHERE version_id = ?",
                s -> s.setLong(1, versionId),
                r -> new Icd10cmOrderLine(r.getString(1), r.getBoolean(2), r.getString(3), r.getString(4)));
    }

    /** The checksum of the file {@code system} {@code label} was loaded from, if loaded; in its own transaction. */
    public Optional<String> checksumOf(CodeSystem system, String label) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "SELECT sha256 FROM code_set_version WHERE code_system = ? AND label = ?")) {
                s.setString(1, system.name());
                s.setString(2, label);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Writes the version and the codes {@code codes} feeds, in the caller's transaction; returns how many codes. */
    public long insertIcd10cm(NewVersion version, CodeFeed<Icd10cmOrderLine> codes) throws SQLException, IOException {
        return insert(
                version,
                codes,
                code -> new Object[] {code.code(), code.billable(), code.shortDescription(), code.longDescription()},
                "icd10cm_code",
                "code",
                "billable",
                "short_description",
                "long_description");
    }

    /** Writes the version and the codes {@code codes} feeds, in the caller's transaction; returns how many codes. */
    public long insertHcpcs(NewVersion version, CodeFeed<HcpcsRecord> codes) throws SQLException, IOException {
        return insert(
                version,
                codes,
                record -> new Object[] {
                    record.code(),
                    record.kind().column,
                    record.shortDescription(),
                    record.longDescription(),
                    record.addedOn(),
                    record.actionEffective(),
                    record.terminatedOn(),
                    record.actionCode()
                },
                "hcpcs_code",
                "code",
                "kind",
                "short_description",
                "long_description",
                "added_on",
                "action_effective",
                "terminated_on",
                "action_code");
    }

    private <T> long insert(
            NewVersion version, CodeFeed<T> codes, Function<T, Object[]> columnsOf, String table, String... columns)
            throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            long versionId = insertVersion(connection, version);
            String[] withVersion = new String[columns.length + 1];
            withVersion[0] = "version_id";
            System.arraycopy(columns, 0, withVersion, 1, columns.length);
            long count;
            try (CopyRows rows = new CopyRows(connection, table, withVersion)) {
                codes.feed(code -> add(rows, versionId, columnsOf.apply(code)));
                rows.close();
                count = rows.rows();
            }
            try (PreparedStatement s =
                    connection.prepareStatement("UPDATE code_set_version SET code_count = ? WHERE id = ?")) {
                s.setLong(1, count);
                s.setLong(2, versionId);
                s.executeUpdate();
            }
            return count;
        }
    }

    private static void add(CopyRows rows, long versionId, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = versionId;
        System.arraycopy(values, 0, row, 1, values.length);
        try {
            rows.add(row);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insertVersion(Connection connection, NewVersion version) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO code_set_version "
                + "(code_system, label, effective_from, sha256, code_count, imported_at) VALUES (?, ?, ?, ?, 0, now()) "
                + "RETURNING id")) {
            s.setString(1, version.system().name());
            s.setString(2, version.label());
            s.setObject(3, version.effectiveFrom());
            s.setString(4, version.sha256());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new IllegalArgumentException(
                        "another " + version.system() + " version already takes effect on " + version.effectiveFrom(),
                        e);
            }
            throw e;
        }
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(10_000);
                binder.bind(s);
                List<T> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(mapper.map(r));
                    }
                }
                return rows;
            }
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
