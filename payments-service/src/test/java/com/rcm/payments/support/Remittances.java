package com.rcm.payments.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.rcm.testkit.PostgresServer;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/** Uploads 835s through the API and waits for payments-service to know a submitted claim. */
public final class Remittances {

    /** Waits until payments has consumed the claim's submitted event (read past row-level security). */
    public static SubmittedClaims.Submitted awaitExpected(SubmittedClaims.Submitted claim) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> known(claim.pcn()));
        return claim;
    }

    public static ValidatableResponse upload(String era) {
        return given().contentType("application/edi-x12")
                .body(era.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/remittances")
                .then();
    }

    /** A TRN trace number no other test uses. */
    public static String trace() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }

    private static boolean known(String pcn) throws SQLException {
        try (Connection c = PostgresServer.superuserConnection("payments_test");
                PreparedStatement s =
                        c.prepareStatement("SELECT 1 FROM expected_claim WHERE patient_control_number = ?")) {
            s.setString(1, pcn);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private Remittances() {}
}
