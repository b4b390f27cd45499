package com.rcm.ops.support;

import static org.awaitility.Awaitility.await;

import com.rcm.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** Looks at the projection past row-level security (as the superuser), to know an event has landed. */
public final class Projection {
    public static final String DATABASE = "ops_test";

    public static void awaitProjected(String encounterId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> rows(encounterId) == 1);
    }

    private static int rows(String encounterId) throws SQLException {
        try (Connection c = PostgresServer.superuserConnection(DATABASE);
                PreparedStatement s =
                        c.prepareStatement("SELECT count(*) FROM encounter_lifecycle WHERE encounter_id = ?")) {
            s.setString(1, encounterId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private Projection() {}
}
