package com.rcm.coding.codeset;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imported code-set versions and the one in force on a date of service. Versions never change
 * once loaded, so an ICD-10-CM version's search index is built once and kept; the list of versions
 * is reread after an import here and at least every minute, so other instances see new imports.
 */
@ApplicationScoped
public class CodeSetCatalog {
    private static final Duration VERSIONS_MAX_AGE = Duration.ofMinutes(1);

    private final AgroalDataSource dataSource;
    private final Map<Long, Icd10Index> icd10Indexes = new ConcurrentHashMap<>();
    private volatile List<CodeSetVersion> versions;
    private volatile Instant versionsReadAt = Instant.EPOCH;

    public CodeSetCatalog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<CodeSetVersion> versions() {
        if (versions == null || Instant.now().isAfter(versionsReadAt.plus(VERSIONS_MAX_AGE))) {
            refresh();
        }
        return versions;
    }

    /** The version of {@code system} in force on {@code date}: the latest that took effect on or before it. */
    public Optional<CodeSetVersion> inForce(CodeSystem system, LocalDate date) {
        return versions().stream()
                .filter(v -> v.system() == system && !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(CodeSetVersion::effectiveFrom));
    }

    public Icd10Index icd10(CodeSetVersion version) {
        return icd10Indexes.computeIfAbsent(version.id(), this::loadIcd10);
    }

    /** The HCPCS procedure ({@code kind} P) or modifier (M) in {@code version}, if listed. */
    public Optional<HcpcsCode> hcpcs(CodeSetVersion version, String code, char kind) {
        return query("SELECT code, kind, short_description, long_description, added_on, terminated_on "
                + "FROM hcpcs_code WHERE version_id = ? AND code = ? AND kind = ?", s -> {
                    s.setLong(1, version.id());
                    s.setString(2, code);
                    s.setString(3, String.valueOf(kind));
                }, r -> new HcpcsCode(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class))).stream().findFirst();
    }

    public void refresh() {
        versions = query("SELECT id, code_system, label, effective_from, code_count FROM code_set_version "
                + "ORDER BY code_system, effective_from", s -> {
                }, r -> new CodeSetVersion(r.getLong(1), CodeSystem.valueOf(r.getString(2)), r.getString(3),
                        r.getObject(4, LocalDate.class), r.getInt(5)));
        versionsReadAt = Instant.now();
    }

    private Icd10Index loadIcd10(long versionId) {
        List<Icd10cmOrderLine> lines = query("SELECT code, billable, short_description, long_description "
                + "FROM icd10cm_code WHERE version_id = ?", s -> s.setLong(1, versionId),
                r -> new Icd10cmOrderLine(r.getString(1), r.getBoolean(2), r.getString(3), r.getString(4)));
        return new Icd10Index(lines);
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
        void bind(PreparedStatement statement) throws Exception;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws Exception;
    }
}
