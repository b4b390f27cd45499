package com.rcm.payments.benchmark;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import com.rcm.events.Topics;
import com.rcm.payments.PaymentsTestResources;
import com.rcm.payments.support.Era;
import com.rcm.payments.support.SubmittedClaims;
import com.rcm.payments.x12.RemittanceParser;
import com.rcm.testkit.EventTap;
import com.rcm.testkit.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parse-and-post throughput of a large 835: one payment (BPR/TRN) of 5,000 claim payments of two lines
 * each, every one matched to a submitted claim, balanced, posted line by line and announced. Prints
 * claim payments per second for parsing alone and for the whole upload over HTTP, and writes
 * target/benchmark/payments.json. Run with
 * {@code ./mvnw -pl payments-service -am verify -Pbenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@PaymentsTestResources
@Tag("benchmark")
class PostingBenchmarkTest {
    private static final int CLAIMS = 5_000;

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void postALargeRemittance() throws Exception {
        List<SubmittedClaims.Prepared> claims = IntStream.range(0, CLAIMS)
                .mapToObj(i -> SubmittedClaims.prepare("practice-a", "1111111112"))
                .toList();
        EventTap.sendAll(
                Topics.CLAIMS_EVENTS,
                claims.stream().map(SubmittedClaims.Prepared::record).toList());
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> expectedClaims() >= CLAIMS);

        Era era = Era.trace("BENCH" + System.currentTimeMillis())
                .payment(new BigDecimal("118.40")
                        .multiply(BigDecimal.valueOf(CLAIMS))
                        .toPlainString());
        claims.forEach(claim -> era.paysContractExample(claim.submitted().pcn()));
        String x12 = era.build();

        RemittanceParser.parse(x12); // warm up: schema load and JIT, as in a running service
        long parseStarted = System.nanoTime();
        RemittanceParser.parse(x12);
        double parseSeconds = (System.nanoTime() - parseStarted) / 1e9;

        long started = System.nanoTime();
        given().contentType("application/edi-x12")
                .body(x12.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/remittances")
                .then()
                .statusCode(202)
                .body("remittances.status", everyItem(equalTo("POSTED")));
        double postSeconds = (System.nanoTime() - started) / 1e9;

        String figures = String.format(
                """
                {"claimPayments": %d, "fileBytes": %d, "parseSeconds": %.3f, "parseClaimsPerSecond": %.0f,
                 "uploadSeconds": %.3f, "postedClaimsPerSecond": %.0f}""", CLAIMS, x12.length(), parseSeconds, CLAIMS / parseSeconds, postSeconds, CLAIMS / postSeconds);
        System.out.println("payments benchmark: " + figures.replace("\n", ""));
        Path out = Path.of("target", "benchmark", "payments.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures + "\n");
    }

    private static long expectedClaims() throws SQLException {
        try (Connection c = PostgresServer.superuserConnection("payments_test");
                ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM expected_claim")) {
            r.next();
            return r.getLong(1);
        }
    }
}
