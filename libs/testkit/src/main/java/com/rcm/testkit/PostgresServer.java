package com.rcm.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server tests use: PGHOST/PGPORT/PGUSER/PGPASSWORD when set, else the machine's
 * server at 127.0.0.1:5432 as superuser {@code postgres}. Services never connect as that superuser:
 * {@link #createDatabase} makes the owner role own a fresh database (Flyway migrates as it), and the
 * service connects as the runtime role, which owns nothing, so row-level security and the grants
 * bind everything the service does, as in production.
 */
public final class PostgresServer {
    public static final String APP_ROLE = "billing_app";
    public static final String APP_PASSWORD = "billing_app";
    public static final String OWNER_ROLE = "billing_owner";
    public static final String OWNER_PASSWORD = "billing_owner";

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

    /** Drops and recreates {@code database}, owned by the owner role. */
    public static void createDatabase(String database) {
        try (Connection c = superuserConnection("postgres");
                Statement s = c.createStatement()) {
            createRole(s, OWNER_ROLE, OWNER_PASSWORD);
            createRole(s, APP_ROLE, APP_PASSWORD);
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " OWNER " + OWNER_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + host() + ":" + port()
                            + " is not usable; start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) or set PGHOST/PGPORT",
                    e);
        }
    }

    private static void createRole(Statement s, String role, String password) throws SQLException {
        s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '"
                + password + "'; END IF; END $$");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private PostgresServer() {}
}
