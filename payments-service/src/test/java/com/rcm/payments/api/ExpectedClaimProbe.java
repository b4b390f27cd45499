package com.rcm.payments.api;

import com.rcm.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Looks straight into the test database for a consumed claim (as superuser, past row-level security). */
final class ExpectedClaimProbe {

    static boolean known(String pcn) throws SQLException {
        try (Connection c = PostgresServer.superuserConnection("payments_test");
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM expected_claim WHERE patient_control_number = ?")) {
            s.setString(1, pcn);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private ExpectedClaimProbe() {
    }
}
