package com.rcm.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server tests use: PGHOST/PGPORT/PGUSER/PGPASSWORD when set, else the machine's
 * server at 127.0.0.1:5432 as superuser {@code postgres}. Services never connect as that superuser:
 * {@link #createDatabase} makes a non-superuser application role own a fresh database, so
 * row-level security applies to everything the service does.
 */
public final class PostgresServer {
    public static final String APP_ROLE = "billing_app";
    public static final String APP_PASSWORD = "billing_app";

    public static String host() {
        return env("PGHOST", "127.0.0.1");
    }

    public static String port() {
        return env("PGPORT", "5432");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    public static Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), env("PGUSER", "postgres"), env("PGPASSWORD", ""));
    }

    /** Drops and recreates {@code database}, owned by the application role. */
    public static void createDatabase(String database) {
        try (Connection c = superuserConnection("postgres"); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + APP_PASSWORD + "'; "
                    + "END IF; END $$");
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " OWNER " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host() + ":" + port()
                    + " is not usable; start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) or set PGHOST/PGPORT", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private PostgresServer() {
    }
}
