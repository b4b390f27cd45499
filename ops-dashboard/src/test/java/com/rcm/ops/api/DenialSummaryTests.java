package com.rcm.ops.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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

/** Denials by reason and by payer, from the payers' denials as payments-service announces them. */
@QuarkusTest
@OpsTestResources
class DenialSummaryTests {
    private static final String A = "practice-a";

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void denialsAreSummedByMainReasonAndByPayer() {
        String payer = "SIMDENY" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        denied(A, payer, 18500, "{\"groupCode\":\"CO\",\"carc\":\"96\",\"amountCents\":18500}");
        denied(A, payer, 15000, "{\"groupCode\":\"CO\",\"carc\":\"4\",\"amountCents\":15000}");
        PipelineEvents.Sent last = denied(
                A,
                payer,
                3500,
                "{\"groupCode\":\"CO\",\"carc\":\"96\",\"amountCents\":3000},"
                        + "{\"groupCode\":\"CO\",\"carc\":\"18\",\"amountCents\":500}");

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().get("/v1/denials/summary")
                        .then()
                        .statusCode(200)
                        .body("byPayer.find { it.key == '%s' }.claims".formatted(payer), equalTo(3))
                        .body("byPayer.find { it.key == '%s' }.chargeCents".formatted(payer), equalTo(37000))
                        .body("byReason.key", hasItems("CO-96", "CO-4")));
        // The same denial delivered again counts once.
        PipelineEvents.deliver(last);
        denied(A, payer + "X", 100, "{\"groupCode\":\"CO\",\"carc\":\"96\",\"amountCents\":100}");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> given().get("/v1/denials/summary").then().body("byPayer.key", hasItem(payer + "X")));
        given().get("/v1/denials/summary")
                .then()
                .body("byPayer.find { it.key == '%s' }.claims".formatted(payer), equalTo(3));
        given().get("/v1/denials/summary?days=0").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void aPracticeSeesOnlyItsOwnDenials() {
        String payer = "SIMDENYA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        denied(A, payer, 100, "{\"groupCode\":\"CO\",\"carc\":\"96\",\"amountCents\":100}");
        String own = "SIMDENYB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        denied("practice-b", own, 100, "{\"groupCode\":\"CO\",\"carc\":\"96\",\"amountCents\":100}");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/denials/summary").then().body("byPayer.key", hasItem(own)));
        given().get("/v1/denials/summary")
                .then()
                .body("byPayer.key", not(hasItem(payer)))
                .body("byPayer.tenantId", not(hasItem(A)));
    }

    private static PipelineEvents.Sent denied(String tenant, String payer, long charge, String adjustments) {
        String encounter = PipelineEvents.newEncounterId();
        return PipelineEvents.send(
                Topics.PAYMENTS_EVENTS,
                "billing.claim.denied.v1",
                tenant,
                encounter,
                OffsetDateTime.now(ZoneOffset.UTC).toString(),
                """
                {"claimId":"C-%s","encounterId":"%s","remittanceId":"R1","patientControlNumber":"PA1",
                 "payerClaimControlNumber":"SIM1-1","payerId":"%s","chargeCents":%d,"adjustments":[%s],
                 "remarkCodes":["N130"]}""".formatted(encounter, encounter, payer, charge, adjustments));
    }
}
