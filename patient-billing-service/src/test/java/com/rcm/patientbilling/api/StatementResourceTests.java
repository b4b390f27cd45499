package com.rcm.patientbilling.api;

import static com.rcm.patientbilling.support.Accounts.awaitBalance;
import static com.rcm.patientbilling.support.PaymentEvents.CONTRACT_PATIENT_RESPONSIBILITY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.StatementIssued;
import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.PaymentEvents;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PatientBillingTestResources
class StatementResourceTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theStatementShowsThePatientEachServiceLineTheAmountDueAndTheDueDate() {
        String patient = PaymentEvents.newPatientId();
        StatementIssued issued = issue("practice-a", PaymentEvents.contractExample(patient));
        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);

        given().get("/v1/statements/{id}", issued.statementId())
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Jane Doe"))
                .body(containsString("1 Main St"))
                .body(
                        containsString(
                                "<td>2026-11-02</td><td>99213</td><td>$150.00</td><td>$96.00</td><td>$30.00</td><td>$24.00</td>"))
                .body(containsString(
                        "<td>2026-11-02</td><td>G0008</td><td>$35.00</td><td>$22.40</td><td>$7.00</td><td>$5.60</td>"))
                .body(containsString("Amount due: $29.60"))
                .body(containsString("Due date: " + LocalDate.now().plusDays(30)));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theStatementPdfOpensAndItsTextShowsThePatientEachServiceTheAmountDueAndTheDueDate() throws Exception {
        String patient = PaymentEvents.newPatientId();
        StatementIssued issued = issue("practice-a", PaymentEvents.contractExample(patient));
        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);

        byte[] pdf = given().accept("application/pdf")
                .get("/v1/statements/{id}", issued.statementId())
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.junit.jupiter.api.Assertions.assertEquals(1, document.getNumberOfPages());
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : List.of(
                "Jane Doe",
                "1 Main St",
                "2026-11-02 99213 $150.00 $96.00 $30.00 $24.00",
                "2026-11-02 G0008 $35.00 $22.40 $7.00 $5.60",
                "Amount due: $29.60",
                "Due date: " + LocalDate.now().plusDays(30))) {
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void whatThePracticeSentIsShownAsTextNeverAsMarkup() {
        String patient = PaymentEvents.newPatientId();
        Patient hostile = new Patient(
                patient,
                "<script>alert(1)</script>",
                "O'Brien & Sons",
                LocalDate.of(1980, 4, 1),
                "M",
                new Address("<b>1 Main St</b>", null, "Austin", "TX", "78701"));
        StatementIssued issued = issue("practice-a", PaymentEvents.forPatient(hostile));

        given().get("/v1/statements/{id}", issued.statementId())
                .then()
                .statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Sons"))
                .body(containsString("&lt;b&gt;1 Main St&lt;/b&gt;"))
                .body(not(containsString("<script>")))
                .body(not(containsString("<b>")));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesStatementIsNotFound() {
        StatementIssued ofA = issue("practice-a", PaymentEvents.contractExample(PaymentEvents.newPatientId()));
        given().get("/v1/statements/{id}", ofA.statementId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static StatementIssued issue(String tenant, com.rcm.events.payload.PaymentPosted posting) {
        PaymentEvents.Published posted = PaymentEvents.publish(tenant, posting);
        return EventJson.read(
                EventTap.await(
                                Topics.PATIENT_BILLING_EVENTS,
                                EventTap.ofType("billing.statement.issued.v1", posted.encounterId()),
                                Duration.ofSeconds(20))
                        .value(),
                StatementIssued.class);
    }
}
