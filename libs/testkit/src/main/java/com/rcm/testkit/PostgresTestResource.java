package com.rcm.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A fresh database for one service's tests: Flyway migrates it as the owner role, the service connects
 * as the runtime role, which owns nothing.
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
                "quarkus.datasource.password", PostgresServer.APP_PASSWORD,
                "quarkus.flyway.username", PostgresServer.OWNER_ROLE,
                "quarkus.flyway.password", PostgresServer.OWNER_PASSWORD);
    }

    @Override
    public void stop() {
        // Kept after the run so a failing test's rows can be inspected; dropped at the next start.
    }
}
