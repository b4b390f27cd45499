package com.rcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.payments.PaymentsTestResources;
import com.rcm.payments.support.Era;
import com.rcm.payments.support.Remittances;
import com.rcm.payments.support.SubmittedClaims;
import com.rcm.testkit.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An 835 is kept once per file however many payments (ST/SE transactions) it carries. */
@QuarkusTest
@PaymentsTestResources
class EraFileStorageTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aFileOfThreePaymentsIsStoredOnceAndEachPaymentStillShowsIt() throws SQLException {
        List<SubmittedClaims.Submitted> claims = List.of(
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112")),
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112")),
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112")));
        String file = Era.file(claims.stream()
                .map(c -> Era.trace(Remittances.trace()).paysContractExample(c.pcn()))
                .toArray(Era[]::new));

        List<String> ids = Remittances.upload(file)
                .statusCode(202)
                .body("remittances", hasSize(3))
                .body("remittances.status", equalTo(List.of("POSTED", "POSTED", "POSTED")))
                .extract()
                .path("remittances.id");
        for (int i = 0; i < ids.size(); i++) {
            given().get("/v1/remittances/{id}", ids.get(i))
                    .then()
                    .statusCode(200)
                    .body("paymentAmountCents", equalTo(11840))
                    .body("claims[0].claimId", equalTo(claims.get(i).claimId()));
            assertEquals(
                    file,
                    given().get("/v1/remittances/{id}/x12", ids.get(i))
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }

        try (Connection c = PostgresServer.superuserConnection("payments_test");
                PreparedStatement s = c.prepareStatement("""
                        SELECT count(DISTINCT r.era_file_id), count(r.x12),
                               (SELECT count(*) FROM era_file e WHERE e.x12 = ?)
                          FROM remittance r JOIN era_file f ON f.id = r.era_file_id WHERE r.id = ANY (?)""")) {
            Array idArray = c.createArrayOf("text", ids.toArray());
            s.setString(1, file);
            s.setArray(2, idArray);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(1, r.getLong(1), "the three payments point at one file");
                assertEquals(0, r.getLong(2), "no payment keeps its own copy");
                assertEquals(1, r.getLong(3), "the file's text is stored once");
            }
        }
    }
}
