package com.rcm.patientbilling.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.Topics;
import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.PostedPayments;
import com.rcm.testkit.EventTap;
import com.rcm.testkit.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PatientBillingTestResources
class PatientAccountResourceTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPostedInsurancePaymentChargesThePatientAndIssuesAStatement() {
        String patient = patient();
        PostedPayments.Posted posted = PostedPayments.publish("practice-a", patient);
        awaitBalance(patient, 2960);

        ConsumerRecord<String, String> issued = EventTap.await(Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.statement.issued.v1", posted.encounterId()), Duration.ofSeconds(20));
        assertTrue(issued.value().contains("\"amountDueCents\":2960"), issued.value());

        String statementId = given().get("/v1/patients/{id}/statements", patient).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].amountDueCents", equalTo(2960)).extract().path("[0].id");
        String dueDate = given().get("/v1/patients/{id}/statements", patient).then().extract().path("[0].dueDate");
        given().get("/v1/statements/{id}", statementId).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Jane Doe")).body(containsString("$29.60"))
                .body(containsString("$185.00")).body(containsString(dueDate));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSamePostingDeliveredTwiceChargesOnce() {
        String patient = patient();
        PostedPayments.Posted posted = PostedPayments.publish("practice-a", patient);
        awaitBalance(patient, 2960);
        PostedPayments.send("practice-a", posted);
        PostedPayments.Posted marker = PostedPayments.publish("practice-a", patient);
        awaitBalance(patient, 5920); // the second, distinct posting lands; the redelivery did not
        assertTrue(marker.eventId() != null);
        given().get("/v1/patients/{id}/account", patient).then().body("entries", hasSize(2));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPatientPaymentSentTwiceWithOneKeyIsRecordedOnceAndTheLedgerSumsToTheBalance() {
        String patient = patient();
        PostedPayments.publish("practice-a", patient);
        awaitBalance(patient, 2960);

        String key = "pay-" + UUID.randomUUID();
        String body = "{\"amountCents\": 1000, \"method\": \"CARD\", \"processorReference\": \"ch_123\"}";
        String first = pay(patient, key, body).statusCode(201).extract().path("id");
        String second = pay(patient, key, body).statusCode(201).extract().path("id");
        assertEquals(first, second);
        pay(patient, key, body.replace("1000", "1500")).statusCode(409);

        JsonPath account = given().get("/v1/patients/{id}/account", patient).then().extract().jsonPath();
        assertEquals(1960, account.getLong("balanceCents"));
        List<Integer> amounts = account.getList("entries.amountCents", Integer.class);
        assertEquals(account.getLong("balanceCents"), amounts.stream().mapToLong(Integer::longValue).sum());
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPaymentThatIsNotPositiveOrNamesNoMethodIsRefusedNamingTheField() {
        String patient = patient();
        PostedPayments.publish("practice-a", patient);
        awaitBalance(patient, 2960);
        pay(patient, "pay-" + UUID.randomUUID(), "{\"amountCents\": -5, \"method\": \"BITCOIN\"}").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("amountCents", "method"));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesPatientIsNotFound() {
        String patient = patient();
        PostedPayments.Posted posted = PostedPayments.publish("practice-a", patient);
        ConsumerRecord<String, String> issued = EventTap.await(Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.statement.issued.v1", posted.encounterId()), Duration.ofSeconds(20));
        String statementOfA = issued.value().replaceAll(".*\"statementId\":\"([^\"]+)\".*", "$1");
        given().get("/v1/patients/{id}/account", patient).then().statusCode(404);
        given().get("/v1/statements/{id}", statementOfA).then().statusCode(404);
        pay(patient, "pay-" + UUID.randomUUID(), "{\"amountCents\": 100, \"method\": \"CASH\"}").statusCode(404);
    }

    @Test
    void theLedgerRefusesToBeRewritten() throws SQLException {
        try (Connection c = PostgresServer.superuserConnection("patient_billing_test"); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE ledger_entry SET amount_cents = 0"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM ledger_entry"));
        }
    }

    private static io.restassured.response.ValidatableResponse pay(String patient, String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/v1/patients/{id}/payments", patient).then();
    }

    private static void awaitBalance(String patient, int cents) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/v1/patients/{id}/account", patient).then().statusCode(200)
                        .body("balanceCents", equalTo(cents)));
    }

    private static String patient() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
