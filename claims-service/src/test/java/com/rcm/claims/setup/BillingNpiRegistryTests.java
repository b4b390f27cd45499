package com.rcm.claims.setup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.testkit.EventTap;
import com.rcm.testkit.TestNpis;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A billing (payee) NPI belongs to one practice (ADR 23): the practice that registers it first in
 * setup, or the one the billing company moves it to. Each change goes out as billing.payee.registered.v1,
 * which payments routes 835s by.
 */
@QuarkusTest
@ClaimsTestResources
class BillingNpiRegistryTests {
    private static final String PROVIDER = """
            {"name": "Other Clinic", "npi": "%s", "tin": "741234567", "taxonomy": "207Q00000X",
             "addressLine1": "1 Other St", "city": "Austin", "state": "TX", "postalCode": "787011234",
             "claimPrefix": "OC"}""";
    private static final String REGISTERED = "billing.payee.registered.v1";

    @Test
    @TestSecurity(user = "dana-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void aPracticeCannotRegisterTheBillingNpiAnotherPracticeUses() {
        // practice-a's billing NPI, registered to it from the practice seed at start.
        putProvider("1111111112")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Billing NPI registered to another practice"))
                .body("detail", containsString("1111111112"))
                .body("detail", not(containsString("practice-a")));
        given().get("/v1/setup").then().statusCode(200).body("billingProvider.npi", equalTo("2222222228"));
        assertTrue(
                EventTap.find(Topics.CLAIMS_EVENTS, registration("practice-b", "1111111112"), Duration.ofSeconds(2))
                        .isEmpty(),
                "no route to practice-b announced");
    }

    @Test
    @TestSecurity(user = "zoe-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-z"))
    void aPracticeRegistersAFreeNpiAndRegisteringItAgainChangesNothing() {
        String npi = TestNpis.newNpi();
        putProvider(npi).statusCode(200).body("npi", equalTo(npi));
        ConsumerRecord<String, String> event =
                EventTap.await(Topics.CLAIMS_EVENTS, registration("practice-z", npi), Duration.ofSeconds(20));
        assertTrue(event.value().contains("\"version\":1") && event.value().contains("\"REGISTERED\""), event.value());

        putProvider(npi).statusCode(200);
        given().get("/v1/setup").then().statusCode(200).body("billingProvider.npi", equalTo(npi));
        long announced = EventTap.readAll(Topics.CLAIMS_EVENTS, Duration.ofSeconds(3)).stream()
                .filter(registration("practice-z", npi))
                .count();
        assertEquals(1, announced, "the same registration again is not announced again");
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void theBillingCompanyMovesAnNpiBetweenPracticesAndEachMoveIsAudited() {
        String npi = TestNpis.newNpi();
        move(npi, "practice-y")
                .statusCode(200)
                .body("tenantId", equalTo("practice-y"))
                .body("version", equalTo(1));
        move(npi, "practice-z")
                .statusCode(200)
                .body("tenantId", equalTo("practice-z"))
                .body("version", equalTo(2));
        ConsumerRecord<String, String> moved =
                EventTap.await(Topics.CLAIMS_EVENTS, registration("practice-z", npi), Duration.ofSeconds(20));
        assertTrue(moved.value().contains("\"version\":2") && moved.value().contains("\"MOVED\""), moved.value());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().queryParam("path", "/v1/billing-npis/" + npi)
                        .get("/v1/audit-log")
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(2))
                        .body("actor", everyItem(equalTo("olga-ops")))
                        .body("method", everyItem(equalTo("PUT")))
                        .body("status", everyItem(equalTo(200))));

        move(npi, "*").statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"tenantId\": \"practice-z\"}")
                .put("/v1/billing-npis/{npi}", "1234567890")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPracticeCannotMoveAnNpiToItself() {
        move("2222222228", "practice-a").statusCode(403);
        given().put("/v1/billing-npis/{npi}", "2222222228").then().statusCode(403);
    }

    private static ValidatableResponse putProvider(String npi) {
        return given().contentType(ContentType.JSON)
                .body(PROVIDER.formatted(npi))
                .put("/v1/setup/billing-provider")
                .then();
    }

    private static ValidatableResponse move(String npi, String tenantId) {
        return given().contentType(ContentType.JSON)
                .body("{\"tenantId\": \"" + tenantId + "\"}")
                .put("/v1/billing-npis/{npi}", npi)
                .then();
    }

    private static Predicate<ConsumerRecord<String, String>> registration(String tenant, String npi) {
        return r -> REGISTERED.equals(EventTap.header(r, CloudEventHeaders.TYPE))
                && tenant.equals(EventTap.header(r, CloudEventHeaders.TENANT_ID))
                && r.value().contains("\"npi\":\"" + npi + "\"");
    }
}
