package com.rcm.systemtests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The services' databases as an auditor reads them after a run: as the PostgreSQL administrator, so
 * every practice's rows are seen at once (row-level security binds only the services' own role).
 */
final class Databases {

    /** Every row of {@code sql} in {@code database} (coding, claims, payments, patient_billing, ops), columns as objects. */
    static List<Object[]> rows(String database, String sql, Object... params) {
        try (Connection connection = open(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(
                        i + 1, params[i] instanceof Collection<?> values ? textArray(connection, values) : params[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + e.getMessage(), e);
        }
    }

    /** The single number {@code sql} answers. */
    static long number(String database, String sql, Object... params) {
        Object value = rows(database, sql, params).get(0)[0];
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Connection open(String database) throws SQLException {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        return DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + LocalPlatform.databasePrefix() + database,
                user,
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    private static Array textArray(Connection connection, Collection<?> values) throws SQLException {
        return connection.createArrayOf(
                "text", values.stream().map(String::valueOf).toArray());
    }

    private Databases() {}
}
