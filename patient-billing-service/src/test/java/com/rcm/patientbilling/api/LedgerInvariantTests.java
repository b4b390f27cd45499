package com.rcm.patientbilling.api;

import static com.rcm.patientbilling.support.Accounts.awaitBalance;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.Accounts;
import com.rcm.patientbilling.support.PaymentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ledger sums equal balances after any sequence of postings, payments (each sent twice with one key),
 * payer reversals and refunds, over a family of two patients billed to one guarantor. The sequence is
 * drawn from a fixed seed so a failure replays; the expected family balance is kept by the test itself.
 */
@QuarkusTest
@PatientBillingTestResources
class LedgerInvariantTests {
    private static final String TENANT = "practice-ledger";

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = TENANT))
    void ledgerSumsEqualBalancesAfterAnySequenceOfPostingsPaymentsReversalsAndRefunds() {
        Random random = new Random(20261202);
        String parent = "P-LEDGER-" + UUID.randomUUID();
        String child = "P-LEDGER-" + UUID.randomUUID();
        List<String> family = List.of(parent, child);
        List<PaymentEvents.Published> reversible = new ArrayList<>();
        long[] total = {0};
        for (String patient : family) {
            reversible.add(PaymentEvents.publish(TENANT, PaymentEvents.owing(patient, 2000)));
            awaitBalance(patient, 2000);
            total[0] += 2000;
        }
        given().contentType(ContentType.JSON)
                .body("""
                {"guarantorId": "%s", "firstName": "Pat", "lastName": "Doe"}""".formatted(parent))
                .put("/v1/patients/{id}/guarantor", child)
                .then()
                .statusCode(200);

        for (int step = 0; step < 16; step++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    long owed = 500 + random.nextInt(40) * 100L;
                    reversible.add(
                            PaymentEvents.publish(TENANT, PaymentEvents.owing(family.get(random.nextInt(2)), owed)));
                    total[0] += owed;
                    awaitFamilyTotal(parent, total[0]);
                }
                case 1 -> {
                    String patient = family.get(random.nextInt(2));
                    long cents = 100 + random.nextInt(60) * 100L;
                    String key = "pay-" + UUID.randomUUID();
                    String body = "{\"amountCents\": " + cents + ", \"method\": \"CASH\"}";
                    String first = Accounts.pay(patient, key, body)
                            .statusCode(201)
                            .extract()
                            .path("id");
                    assertEquals(
                            first,
                            Accounts.pay(patient, key, body)
                                    .statusCode(201)
                                    .extract()
                                    .path("id"));
                    total[0] -= cents;
                }
                case 2 -> {
                    if (!reversible.isEmpty()) {
                        PaymentEvents.Published earlier = reversible.remove(random.nextInt(reversible.size()));
                        PaymentEvents.publishBehind(earlier, PaymentEvents.reversalOf(earlier.payload()));
                        total[0] -= earlier.payload().patientResponsibility().totalCents();
                        awaitFamilyTotal(parent, total[0]);
                    }
                }
                default -> {
                    for (Object refund : given().get("/v1/refunds")
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("id")) {
                        JsonPath issued = given().contentType(ContentType.JSON)
                                .body("{\"reference\": \"check\"}")
                                .post("/v1/refunds/{id}/issue", refund)
                                .then()
                                .extract()
                                .jsonPath();
                        if ("ISSUED".equals(issued.getString("status"))) {
                            total[0] += issued.getLong("amountCents");
                        }
                    }
                }
            }
            assertEachLedgerSumsToItsBalance(family);
            assertEquals(total[0], familyTotal(parent), "family balance after step " + step);
        }
    }

    private static long familyTotal(String guarantor) {
        return given().get("/v1/guarantors/{id}", guarantor)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("balanceCents");
    }

    private static void awaitFamilyTotal(String guarantor, long cents) {
        await().atMost(Duration.ofSeconds(20)).until(() -> familyTotal(guarantor) == cents);
    }

    private static void assertEachLedgerSumsToItsBalance(List<String> family) {
        for (String patient : family) {
            JsonPath account = given().get("/v1/patients/{id}/account", patient)
                    .then()
                    .extract()
                    .jsonPath();
            long sum = account.getList("entries.amountCents", Long.class).stream()
                    .mapToLong(Long::longValue)
                    .sum();
            assertEquals(account.getLong("balanceCents"), sum, "ledger of " + patient);
        }
    }
}
