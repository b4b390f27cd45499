package com.rcm.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A fresh database for one service's tests, owned by the non-superuser application role.
 * Init arg {@code database} names it (default {@code billing_test}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private String database = "billing_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", PostgresServer.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.APP_ROLE,
                "quarkus.datasource.password", PostgresServer.APP_PASSWORD);
    }

    @Override
    public void stop() {
        // Kept after the run so a failing test's rows can be inspected; dropped at the next start.
    }
}
