package com.rcm.clearinghouse.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.clearinghouse.support.Claims837;
import com.rcm.clearinghouse.support.PaymentsReceiverResource;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import com.rcm.x12.claimstatus.ClaimStatusInquiry;
import com.rcm.x12.claimstatus.ClaimStatusReader;
import com.rcm.x12.claimstatus.ClaimStatusReport;
import com.rcm.x12.claimstatus.ClaimStatusWriter;
import com.rcm.x12.eligibility.EligibilityInquiry;
import com.rcm.x12.eligibility.EligibilityReader;
import com.rcm.x12.eligibility.EligibilityResponse;
import com.rcm.x12.eligibility.EligibilityWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** 270 → 271 and 276 → 277 over HTTP, read back with the platform's X12 readers. */
@QuarkusTest
@WithTestResource(value = PaymentsReceiverResource.class, scope = TestResourceScope.GLOBAL)
class InquiryResourceTests {
    private static final InterchangeEnvelope ENVELOPE = new InterchangeEnvelope(
            "ZZ",
            "PRACTICEA",
            "ZZ",
            "SIMCLEARING",
            901,
            901,
            "0001",
            LocalDateTime.of(2026, 12, 2, 8, 0),
            Usage.PRODUCTION);

    @Test
    void anActiveMemberIsAnsweredWithTheBenefitsThePayerAdjudicatesWith() {
        // M555001: deductible 100.00, copay 25.00 (test profile); SIMCOMM coinsurance 20%.
        EligibilityResponse answer = ask("M555001", LocalDate.of(2031, 3, 1));
        assertEquals(EligibilityResponse.Status.ACTIVE, answer.status());
        assertEquals("ELG-M555001", answer.traceNumber());
        assertEquals(2500L, answer.copayCents());
        assertEquals(20, answer.coinsurancePercent());
        assertEquals(10000L, answer.deductibleCents());
        assertEquals(10000L, answer.deductibleRemainingCents(), "nothing met in 2031 yet");
        assertEquals(Boolean.TRUE, answer.inNetwork());
    }

    @Test
    void anEndedPlanIsInactiveAndAnUnknownMemberIsNotFound() {
        assertEquals(
                EligibilityResponse.Status.INACTIVE,
                ask("M555003", LocalDate.of(2026, 12, 3)).status());
        EligibilityResponse unknown = ask("M999999", LocalDate.of(2026, 12, 3));
        assertEquals(EligibilityResponse.Status.MEMBER_NOT_FOUND, unknown.status());
        assertEquals("75", unknown.rejectReason());
    }

    @Test
    void somethingThatIsNotA270IsRefusedNamingWhy() {
        given().contentType("application/edi-x12")
                .body(bytes("ISA*garbage"))
                .post("/v1/eligibility")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("errors"));
    }

    @Test
    void aClaimStatusFollowsTheClaimFromUnknownToPendingToPaid() {
        assertEquals("A4:35", status("PA00009001", "M123456"));

        submit(Claims837.contractExample("PA00009002", "M555004", "20261102", "SIMCOMM"));
        assertEquals("P1:20", status("PA00009002", "M555004"), "a held claim is pending");

        String id = submit(Claims837.contractExample("PA00009003", "M123456", "20261117", "SIMCOMM"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> given().get("/v1/submissions/{id}", id).then().body("deliveredAt", notNullValue()));
        ClaimStatusReport paid = ClaimStatusReader.readReport(given().contentType("application/edi-x12")
                .body(bytes(ClaimStatusWriter.toX12(inquiry("PA00009003", "M123456"))))
                .post("/v1/claim-status")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals("F1", paid.category());
        assertEquals("65", paid.statusCode());
        assertEquals(11840, paid.paidCents());

        submit(Claims837.contractExample("PA00009004", "M999999", "20261102", "SIMCOMM"));
        assertEquals("A3:33", status("PA00009004", "M999999"), "rejected at the front end");
    }

    private static EligibilityResponse ask(String member, LocalDate dateOfService) {
        String x271 = given().contentType("application/edi-x12")
                .body(bytes(EligibilityWriter.toX12(new EligibilityInquiry(
                        ENVELOPE,
                        "ELG-" + member,
                        "SIMCOMM",
                        "SIM COMMERCIAL",
                        "AUSTIN FAMILY MEDICINE",
                        "1111111112",
                        member,
                        "JANE",
                        "DOE",
                        LocalDate.of(1980, 4, 1),
                        dateOfService))))
                .post("/v1/eligibility")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(x271.contains("ST*271*"), x271);
        return EligibilityReader.readResponse(x271);
    }

    private static String status(String pcn, String member) {
        ClaimStatusReport report = ClaimStatusReader.readReport(given().contentType("application/edi-x12")
                .body(bytes(ClaimStatusWriter.toX12(inquiry(pcn, member))))
                .post("/v1/claim-status")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(pcn, report.patientControlNumber());
        return report.category() + ":" + report.statusCode();
    }

    private static ClaimStatusInquiry inquiry(String pcn, String member) {
        return new ClaimStatusInquiry(
                ENVELOPE,
                "CST-" + pcn,
                "SIMCOMM",
                "SIM COMMERCIAL",
                "AUSTIN FAMILY MEDICINE",
                "1111111112",
                member,
                "JANE",
                "DOE",
                pcn,
                18500,
                LocalDate.of(2026, 11, 2));
    }

    private static byte[] bytes(String x12) {
        return x12.getBytes(StandardCharsets.US_ASCII);
    }

    private static String submit(String x837) {
        return given().contentType("application/edi-x12")
                .body(bytes(x837))
                .post("/v1/submissions")
                .then()
                .statusCode(202)
                .extract()
                .path("submissionId");
    }
}
