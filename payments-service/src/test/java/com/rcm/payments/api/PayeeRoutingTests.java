package com.rcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.events.Topics;
import com.rcm.payments.PaymentsTestResources;
import com.rcm.payments.support.Era;
import com.rcm.payments.support.PayeeRegistrations;
import com.rcm.payments.support.Remittances;
import com.rcm.payments.support.SubmittedClaims;
import com.rcm.testkit.EventTap;
import com.rcm.testkit.TestNpis;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Clearinghouse 835s go to the practice that owns the payee NPI in claims-service's registry (ADR 23),
 * learned from its registration events only; a payee nobody owns waits in ops' queue.
 */
@QuarkusTest
@PaymentsTestResources
class PayeeRoutingTests {

    @Test
    @TestSecurity(user = "clearinghouse-simulator", roles = "clearinghouse")
    void aClaimBilledUnderAnotherPracticesNpiDoesNotDivertItsRemittances() {
        String npi = TestNpis.newNpi();
        PayeeRegistrations.registered("practice-a", npi, 1);
        // Practice-b's claim says it was billed under practice-a's NPI, and is read first: before the
        // registry, the first claim naming an NPI took its route.
        Remittances.awaitExpected(SubmittedClaims.publish("practice-b", npi));
        SubmittedClaims.Submitted claim = Remittances.awaitExpected(SubmittedClaims.publish("practice-a", npi));

        deliver(Era.trace(Remittances.trace())
                        .payee(npi)
                        .paysContractExample(claim.pcn())
                        .build())
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"));
        assertPostedTo("practice-a", claim);
    }

    @Test
    @TestSecurity(
            user = "ops-desk",
            roles = {"clearinghouse", "ops"})
    void anUnownedPayeesRemittanceWaitsForOpsAndIsRoutedOnceTheNpiIsRegistered() {
        String npi = TestNpis.newNpi();
        SubmittedClaims.Submitted claim = Remittances.awaitExpected(SubmittedClaims.publish("practice-b", npi));
        String era = Era.trace(Remittances.trace())
                .payee(npi)
                .paysContractExample(claim.pcn())
                .build();

        String queued = deliver(era)
                .statusCode(202)
                .body("status", equalTo("QUEUED_FOR_OPS"))
                .body("reason", equalTo("no practice owns payee NPI " + npi))
                .extract()
                .path("unroutableId");
        deliver(era).statusCode(202).body("unroutableId", equalTo(queued));
        given().get("/v1/clearinghouse/unroutable")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + queued + "' }.payeeNpis", equalTo(npi))
                .body("find { it.id == '" + queued + "' }.channel", equalTo("CLEARINGHOUSE"));
        given().post("/v1/clearinghouse/unroutable/{id}/route", queued)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Still unroutable"));

        PayeeRegistrations.registered("practice-b", npi, 1);
        given().post("/v1/clearinghouse/unroutable/{id}/route", queued)
                .then()
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"));
        assertPostedTo("practice-b", claim);
        given().get("/v1/clearinghouse/unroutable").then().statusCode(200).body("id", not(hasItem(queued)));
        given().post("/v1/clearinghouse/unroutable/{id}/route", queued)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "clearinghouse-simulator", roles = "clearinghouse")
    void anOpsMoveReroutesAndTheOlderRegistrationReadLateDoesNotUndoIt() {
        String npi = TestNpis.newNpi();
        PayeeRegistrations.registered("practice-a", npi, 1);
        PayeeRegistrations.registered("practice-b", npi, 2);
        // Events of one NPI for two practices travel on different partitions: the first may be read last.
        PayeeRegistrations.awaitRead(PayeeRegistrations.publish("practice-a", npi, 1));

        SubmittedClaims.Submitted claim = Remittances.awaitExpected(SubmittedClaims.publish("practice-b", npi));
        deliver(Era.trace(Remittances.trace())
                        .payee(npi)
                        .paysContractExample(claim.pcn())
                        .build())
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"));
        assertPostedTo("practice-b", claim);
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void anEraDroppedInTheFolderForAnUnownedPayeeWaitsForOps() throws IOException {
        String npi = TestNpis.newNpi();
        Path folder = Path.of("target", "era-inbox");
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve(npi + ".835"),
                Era.trace(Remittances.trace())
                        .payee(npi)
                        .paysContractExample("NOCLAIM" + npi)
                        .build());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/clearinghouse/unroutable")
                        .then()
                        .statusCode(200)
                        .body("find { it.payeeNpis == '" + npi + "' }.channel", equalTo("DROP_FOLDER"))
                        .body(
                                "find { it.payeeNpis == '" + npi + "' }.reason",
                                equalTo("no practice owns payee NPI " + npi)));
    }

    @Test
    @TestSecurity(user = "clearinghouse-simulator", roles = "clearinghouse")
    void onlyOpsReadTheUnroutableQueue() {
        given().get("/v1/clearinghouse/unroutable").then().statusCode(403);
        given().post("/v1/clearinghouse/unroutable/{id}/route", "any").then().statusCode(403);
    }

    private static ValidatableResponse deliver(String era) {
        return given().contentType("application/edi-x12")
                .body(era.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/clearinghouse/remittances")
                .then();
    }

    private static void assertPostedTo(String tenant, SubmittedClaims.Submitted claim) {
        ConsumerRecord<String, String> posted = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.payment.posted.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        assertEquals(tenant + ":" + claim.encounterId(), posted.key());
    }
}
