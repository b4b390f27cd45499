package com.rcm.ops.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.rcm.events.Topics;
import com.rcm.ops.OpsTestResources;
import com.rcm.ops.support.PipelineEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How many of each payer's 835 payments strayed from the guide, from payments-service's remittance events. */
@QuarkusTest
@OpsTestResources
class RemittanceWarningsTests {

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void opsSeesPerPayerHowManyPaymentsCarriedWarnings() {
        String payer = "SIMWARN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        received("practice-a", payer, 0);
        received("practice-a", payer, 3);
        PipelineEvents.Sent last = received("practice-a", payer, 1);
        received("practice-b", payer, 2);

        String a = "find { it.tenantId == 'practice-a' && it.payerId == '%s' }".formatted(payer);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().get("/v1/remittances/warnings")
                        .then()
                        .statusCode(200)
                        .body(a + ".payments", equalTo(3))
                        .body(a + ".withWarnings", equalTo(2))
                        .body(a + ".warnings", equalTo(4))
                        .body(
                                "find { it.tenantId == 'practice-b' && it.payerId == '%s' }.withWarnings"
                                        .formatted(payer),
                                equalTo(1)));
        // The same event delivered again counts once.
        PipelineEvents.deliver(last);
        received("practice-a", payer + "X", 0);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> given().get("/v1/remittances/warnings").then().body("payerId", hasItem(payer + "X")));
        given().get("/v1/remittances/warnings").then().body(a + ".payments", equalTo(3));
        given().get("/v1/remittances/warnings?days=400").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void aPracticeSeesOnlyItsOwnPayers() {
        String payer = "SIMWARNB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        received("practice-a", payer + "A", 1);
        received("practice-b", payer, 1);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> given().get("/v1/remittances/warnings").then().body("payerId", hasItem(payer)));
        given().get("/v1/remittances/warnings")
                .then()
                .body("payerId", not(hasItem(payer + "A")))
                .body("tenantId", not(hasItem("practice-a")));
    }

    private static PipelineEvents.Sent received(String tenant, String payer, int warnings) {
        String remittance = UUID.randomUUID().toString();
        return PipelineEvents.send(
                Topics.PAYMENTS_EVENTS,
                "billing.remittance.received.v1",
                tenant,
                null,
                OffsetDateTime.now(ZoneOffset.UTC).toString(),
                """
                {"remittanceId":"%s","payerId":"%s","payerName":"SIM","traceNumber":"T%s","paymentMethod":"ACH",
                 "paymentDate":"2026-11-10","amountCents":11840,"claimPayments":1,"status":"POSTED",
                 "channel":"UPLOAD","warnings":%d}""".formatted(remittance, payer, remittance.substring(0, 8), warnings));
    }
}
