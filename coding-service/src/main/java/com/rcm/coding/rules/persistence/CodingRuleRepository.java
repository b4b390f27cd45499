package com.rcm.coding.rules.persistence;

import com.rcm.coding.persistence.CopyRows;
import com.rcm.coding.rules.AgeSexRule;
import com.rcm.coding.rules.MueLimit;
import com.rcm.coding.rules.NcciPtpEdit;
import com.rcm.coding.rules.RuleImportResult;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.function.Consumer;

/**
 * NCCI PTP edits and MUE limits of the current practice (row-level security keeps each practice's own),
 * and the shared age and sex table. Imports stage the rows with COPY and merge them, so a re-import of
 * the same file changes no row. Runs in the caller's transaction.
 */
@ApplicationScoped
public class CodingRuleRepository {
    private final AgroalDataSource dataSource;

    public CodingRuleRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Hands each row of a file to the sink as it is read, so a large table never sits in memory whole. */
    @FunctionalInterface
    public interface RowFeed<T> {
        void feed(Consumer<T> sink);
    }

    public RuleImportResult mergeNcciPtp(String tenantId, RowFeed<NcciPtpEdit> edits) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            execute(
                    c,
                    "CREATE TEMP TABLE ncci_staging (column1 text, column2 text, effective_on date, "
                            + "deleted_on date, modifier_indicator char(1), rationale text) ON COMMIT DROP");
            long read = stage(
                    c,
                    "ncci_staging",
                    rows -> edits.feed(edit -> add(
                            rows,
                            edit.column1(),
                            edit.column2(),
                            edit.effectiveOn(),
                            edit.deletedOn(),
                            edit.modifierIndicator(),
                            edit.rationale())),
                    "column1",
                    "column2",
                    "effective_on",
                    "deleted_on",
                    "modifier_indicator",
                    "rationale");
            try (PreparedStatement s = c.prepareStatement("""
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
                    RETURNING (xmax = 0)""")) {
                s.setString(1, tenantId);
                return counted("ncci_ptp_edit", read, s);
            }
        }
    }

    public RuleImportResult mergeMue(String tenantId, LocalDate effectiveOn, RowFeed<MueLimit> limits)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            execute(
                    c,
                    "CREATE TEMP TABLE mue_staging (code text, max_units integer, adjudication_indicator char(1), "
                            + "rationale text) ON COMMIT DROP");
            long read = stage(
                    c,
                    "mue_staging",
                    rows -> limits.feed(limit -> add(
                            rows, limit.code(), limit.maxUnits(), limit.adjudicationIndicator(), limit.rationale())),
                    "code",
                    "max_units",
                    "adjudication_indicator",
                    "rationale");
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
    public void replaceAgeSex(List<AgeSexRule> rules) throws SQLException {
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
    }

    /** The current practice's PTP edits between any two of {@code codes} in force on {@code date}. */
    public List<NcciPtpEdit> ptpEditsAmong(Collection<String> codes, LocalDate date) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
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
                    edits.add(new NcciPtpEdit(
                            r.getString(1),
                            r.getString(2),
                            r.getObject(3, LocalDate.class),
                            r.getObject(4, LocalDate.class),
                            r.getString(5).charAt(0),
                            r.getString(6)));
                }
            }
            return edits;
        }
    }

    /** The current practice's MUE limit in force on {@code date} for each of {@code codes} that has one. */
    public List<MueLimit> mueLimits(Collection<String> codes, LocalDate date) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT DISTINCT ON (code) code, max_units, adjudication_indicator, rationale FROM mue_limit "
                                + "WHERE code = ANY (?) AND effective_on <= ? ORDER BY code, effective_on DESC")) {
            s.setArray(1, c.createArrayOf("text", codes.toArray()));
            s.setObject(2, date);
            List<MueLimit> limits = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    limits.add(new MueLimit(
                            r.getString(1), r.getInt(2), r.getString(3).charAt(0), r.getString(4)));
                }
            }
            return limits;
        }
    }

    public List<AgeSexRule> ageSexRules() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT code_prefix, sex, min_age, max_age, note FROM age_sex_rule")) {
            List<AgeSexRule> rules = new ArrayList<>();
            while (r.next()) {
                rules.add(new AgeSexRule(
                        r.getString(1),
                        r.getString(2),
                        (Integer) r.getObject(3),
                        (Integer) r.getObject(4),
                        r.getString(5)));
            }
            return rules;
        }
    }

    private static long stage(Connection c, String table, Consumer<CopyRows> parse, String... columns)
            throws SQLException {
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
