package com.rcm.platform;

import com.rcm.testkit.PostgresServer;
import io.agroal.api.AgroalDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL database with the platform's tables (db/platform), migrated as the owner role;
 * tests connect as the runtime role, so row-level security and the grants bind them as they bind a
 * service. Created once per test run.
 */
public final class PlatformDatabase {
    public static final String NAME = "platform_library_tests";
    private static boolean migrated;

    private PlatformDatabase() {}

    public static synchronized void migrate() {
        if (migrated) {
            return;
        }
        PostgresServer.createDatabase(NAME);
        Flyway.configure()
                .dataSource(PostgresServer.jdbcUrl(NAME), PostgresServer.OWNER_ROLE, PostgresServer.OWNER_PASSWORD)
                .locations("classpath:db/platform")
                .placeholders(Map.of("runtime_role", PostgresServer.APP_ROLE))
                .load()
                .migrate();
        migrated = true;
    }

    /** A connection as the runtime role, the one every service uses. */
    public static Connection runtimeConnection() throws SQLException {
        migrate();
        return DriverManager.getConnection(
                PostgresServer.jdbcUrl(NAME), PostgresServer.APP_ROLE, PostgresServer.APP_PASSWORD);
    }

    /** Only {@code getConnection()}, as the runtime role: all the outbox relay asks of its pool. */
    public static AgroalDataSource dataSource() {
        return (AgroalDataSource) Proxy.newProxyInstance(
                PlatformDatabase.class.getClassLoader(),
                new Class<?>[] {AgroalDataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && (args == null || args.length == 0)) {
                        return runtimeConnection();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Runs {@code sql} as the superuser (test set-up and clean-up, past row-level security). */
    public static void asSuperuser(String sql) {
        migrate();
        try (Connection c = PostgresServer.superuserConnection(NAME);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
