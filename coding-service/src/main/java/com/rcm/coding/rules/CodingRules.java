package com.rcm.coding.rules;

import com.rcm.coding.persistence.CopyRows;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The tables the edits consult beyond the code sets: NCCI PTP edits and MUE limits of the current
 * practice (row-level security keeps each practice's own), and the shared age and sex table. Imports
 * stage the file with COPY and merge it, so a re-import of the same file changes no row.
 */
@ApplicationScoped
public class CodingRules {
    private final AgroalDataSource dataSource;

    public CodingRules(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(rollbackOn = Exception.class)
    public RuleImportResult importNcciPtp(String tenantId, BufferedReader file) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            execute(c, "CREATE TEMP TABLE ncci_staging (column1 text, column2 text, effective_on date, "
                    + "deleted_on date, modifier_indicator char(1), rationale text) ON COMMIT DROP");
            long read = stage(c, "ncci_staging", sink -> NcciPtpFile.read(file, edit -> add(sink, edit.column1(),
                    edit.column2(), edit.effectiveOn(), edit.deletedOn(), edit.modifierIndicator(), edit.rationale())),
                    "column1", "column2", "effective_on", "deleted_on", "modifier_indicator", "rationale");
            return merge(c, "ncci_ptp_edit", read, """
                    INSERT INTO ncci_ptp_edit AS t (tenant_id, column1, column2, effective_on, deleted_on,
                                                    modifier_indicator, rationale)
                    SELECT DISTINCT ON (column1, column2, effective_on) ?, column1, column2, effective_on,
                           deleted_on, modifier_indicator, rationale
                    FROM ncci_staging ORDER BY column1, column2, effective_on
                    ON CONFLICT (tenant_id, column1, column2, effective_on) DO UPDATE
                    SET deleted_on = EXCLUDED.deleted_on, modifier_indicator = EXCLUDED.modifier_indicator,
                        rationale = EXCLUDED.rationale
                    WHERE (t.deleted_on, t.modifier_indicator, t.rationale)
                          IS DISTINCT FROM (EXCLUDED.deleted_on, EXCLUDED.modifier_indicator, EXCLUDED.rationale)
                    RETURNING (xmax = 0)""", tenantId);
        }
    }

    @Transactional(rollbackOn = Exception.class)
    public RuleImportResult importMue(String tenantId, LocalDate effectiveOn, BufferedReader file) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            execute(c, "CREATE TEMP TABLE mue_staging (code text, max_units integer, adjudication_indicator char(1), "
                    + "rationale text) ON COMMIT DROP");
            long read = stage(c, "mue_staging", sink -> MueFile.read(file, limit -> add(sink, limit.code(),
                    limit.maxUnits(), limit.adjudicationIndicator(), limit.rationale())),
                    "code", "max_units", "adjudication_indicator", "rationale");
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO mue_limit AS t (tenant_id, code, effective_on, max_units, adjudication_indicator,
                                                rationale)
                    SELECT DISTINCT ON (code) ?, code, ?, max_units, adjudication_indicator, rationale
                    FROM mue_staging ORDER BY code
                    ON CONFLICT (tenant_id, code, effective_on) DO UPDATE
                    SET max_units = EXCLUDED.max_units, adjudication_indicator = EXCLUDED.adjudication_indicator,
                        rationale = EXCLUDED.rationale
                    WHERE (t.max_units, t.adjudication_indicator, t.rationale)
                          IS DISTINCT FROM (EXCLUDED.max_units, EXCLUDED.adjudication_indicator, EXCLUDED.rationale)
                    RETURNING (xmax = 0)""")) {
                s.setString(1, tenantId);
                s.setObject(2, effectiveOn);
                return counted("mue_limit", read, s);
            }
        }
    }

    /** Replaces the age and sex table whole. */
    @Transactional(rollbackOn = Exception.class)
    public RuleImportResult importAgeSex(BufferedReader file) throws SQLException {
        List<AgeSexRule> rules = AgeSexFile.read(file);
        try (Connection c = dataSource.getConnection()) {
            execute(c, "DELETE FROM age_sex_rule");
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO age_sex_rule (code_prefix, sex, min_age, max_age, note) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (code_prefix) DO NOTHING")) {
                for (AgeSexRule rule : rules) {
                    s.setString(1, rule.codePrefix());
                    s.setString(2, rule.sex());
                    s.setObject(3, rule.minAge());
                    s.setObject(4, rule.maxAge());
                    s.setString(5, rule.note());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        return new RuleImportResult("age_sex_rule", rules.size(), rules.size(), 0, 0);
    }

    /** The current practice's PTP edits between any two of {@code codes} in force on {@code date}. */
    @Transactional(rollbackOn = Exception.class)
    public List<NcciPtpEdit> ptpEditsAmong(Collection<String> codes, LocalDate date) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT column1, column2, effective_on, deleted_on, modifier_indicator, rationale FROM ncci_ptp_edit "
                        + "WHERE column1 = ANY (?) AND column2 = ANY (?) AND effective_on <= ? "
                        + "AND (deleted_on IS NULL OR deleted_on > ?)")) {
            Array array = c.createArrayOf("text", codes.toArray());
            s.setArray(1, array);
            s.setArray(2, array);
            s.setObject(3, date);
            s.setObject(4, date);
            List<NcciPtpEdit> edits = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    edits.add(new NcciPtpEdit(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
                            r.getObject(4, LocalDate.class), r.getString(5).charAt(0), r.getString(6)));
                }
            }
            return edits;
        }
    }

    /** The current practice's MUE limit in force on {@code date} for each of {@code codes} that has one. */
    @Transactional(rollbackOn = Exception.class)
    public Map<String, MueLimit> mueLimits(Collection<String> codes, LocalDate date) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT ON (code) code, max_units, adjudication_indicator, rationale FROM mue_limit "
                        + "WHERE code = ANY (?) AND effective_on <= ? ORDER BY code, effective_on DESC")) {
            s.setArray(1, c.createArrayOf("text", codes.toArray()));
            s.setObject(2, date);
            List<MueLimit> limits = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    limits.add(new MueLimit(r.getString(1), r.getInt(2), r.getString(3).charAt(0), r.getString(4)));
                }
            }
            return limits.stream().collect(Collectors.toMap(MueLimit::code, l -> l));
        }
    }

    @Transactional(rollbackOn = Exception.class)
    public List<AgeSexRule> ageSexRules() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT code_prefix, sex, min_age, max_age, note FROM age_sex_rule")) {
            List<AgeSexRule> rules = new ArrayList<>();
            while (r.next()) {
                rules.add(new AgeSexRule(r.getString(1), r.getString(2), (Integer) r.getObject(3),
                        (Integer) r.getObject(4), r.getString(5)));
            }
            return rules;
        }
    }

    private static long stage(Connection c, String table, Consumer<CopyRows> parse,
            String... columns) throws SQLException {
        try (CopyRows rows = new CopyRows(c, table, columns)) {
            parse.accept(rows);
            rows.close();
            return rows.rows();
        }
    }

    private static void add(CopyRows rows, Object... values) {
        try {
            rows.add(values);
        } catch (SQLException e) {
            throw new IllegalStateException("could not stage a row", e);
        }
    }

    private static RuleImportResult merge(Connection c, String table, long read, String sql, String tenantId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenantId);
            return counted(table, read, s);
        }
    }

    private static RuleImportResult counted(String table, long read, PreparedStatement merge) throws SQLException {
        long inserted = 0;
        long updated = 0;
        try (ResultSet r = merge.executeQuery()) {
            while (r.next()) {
                if (r.getBoolean(1)) {
                    inserted++;
                } else {
                    updated++;
                }
            }
        }
        return new RuleImportResult(table, read, inserted, updated, read - inserted - updated);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
