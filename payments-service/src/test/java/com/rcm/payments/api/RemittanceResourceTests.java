package com.rcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.Topics;
import com.rcm.payments.PaymentsTestResources;
import com.rcm.payments.support.Era;
import com.rcm.payments.support.PayeeRegistrations;
import com.rcm.payments.support.Remittances;
import com.rcm.payments.support.SubmittedClaims;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PaymentsTestResources
class RemittanceResourceTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void an835IsMatchedPostedToTheCentAndAnnounced() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String trace = trace();
        String id = upload(Era.trace(trace).paysContractExample(claim.pcn()).build())
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"))
                .extract()
                .path("id");

        given().get("/v1/remittances/{id}", id)
                .then()
                .statusCode(200)
                .body("paymentAmountCents", equalTo(11840))
                .body("claims", hasSize(1))
                .body("claims[0].claimId", equalTo(claim.claimId()))
                .body("claims[0].chargeCents", equalTo(18500))
                .body("claims[0].paidCents", equalTo(11840))
                .body("claims[0].patientResponsibilityCents", equalTo(2960))
                .body("claims[0].adjustments.findAll { it.groupCode == 'CO' }.sum { it.amountCents }", equalTo(3700))
                .body("claims[0].adjustments.findAll { it.groupCode == 'PR' }.sum { it.amountCents }", equalTo(2960))
                .body("claims[0].payerSequence", equalTo("PRIMARY"))
                .body("claims[0].forwarded", equalTo(false))
                .body("claims[0].lines", hasSize(2))
                .body("claims[0].lines[0].lineNumber", equalTo(1))
                .body("claims[0].lines[0].code", equalTo("99213"))
                .body("claims[0].lines[0].chargeCents", equalTo(15000))
                .body("claims[0].lines[0].paidCents", equalTo(9600))
                .body("claims[0].lines[1].lineNumber", equalTo(2))
                .body("claims[0].lines[1].code", equalTo("G0008"))
                .body("claims[0].lines[1].paidCents", equalTo(2240))
                .body("unmatched", hasSize(0));
        ConsumerRecord<String, String> received = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                record -> record.value().contains("\"remittanceId\":\"" + id + "\"")
                        && "billing.remittance.received.v1".equals(EventTap.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertTrue(
                received.value().contains("\"amountCents\":11840")
                        && received.value().contains("\"POSTED\""),
                received.value());
        assertEquals("practice-a:remittance/" + id, received.key());

        ConsumerRecord<String, String> posted = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.payment.posted.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        assertTrue(posted.value().contains("\"coinsuranceCents\":2960"), posted.value());
        EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.claim.adjudicated.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        given().get("/v1/remittances/{id}/x12", id).then().statusCode(200).body(containsString("TRN*1*" + trace));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aDeniedClaimIsAnnouncedWithItsReasonAndRemarkCodesForTheDenialQueue() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        upload(Era.trace(trace())
                        .payment("0")
                        .deniesContractExample(claim.pcn())
                        .build())
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"));

        ConsumerRecord<String, String> adjudicated = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.claim.adjudicated.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        assertTrue(adjudicated.value().contains("\"outcome\":\"DENIED\""), adjudicated.value());
        assertEquals("SIMCOMM", JsonPath.from(adjudicated.value()).getString("payerId"), "who decided");
        ConsumerRecord<String, String> denied = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.claim.denied.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        assertTrue(denied.value().contains("\"carc\":\"96\""), denied.value());
        assertTrue(denied.value().contains("\"remarkCodes\":[\"N130\"]"), denied.value());
        assertTrue(denied.value().contains("\"payerId\":\"SIMCOMM\""), denied.value());
        given().queryParam("claimId", claim.claimId())
                .get("/v1/remittances")
                .then()
                .body("[0].claims[0].payerSequence", equalTo("DENIED"))
                .body("[0].claims[0].remarkCodes", hasItem("N130"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aReversalTakesBackTheEarlierPostingWithReversingEntriesOnce() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String paid = trace();
        upload(Era.trace(paid).paysContractExample(claim.pcn()).build()).statusCode(202);

        String id = upload(Era.trace(trace())
                        .payment("0")
                        .reversesContractExample(claim.pcn(), "SIM" + paid)
                        .build())
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"))
                .extract()
                .path("id");
        given().get("/v1/remittances/{id}", id)
                .then()
                .statusCode(200)
                .body("claims[0].claimId", equalTo(claim.claimId()))
                .body("claims[0].claimStatusCode", equalTo("22"))
                .body("claims[0].paidCents", equalTo(-11840))
                .body("claims[0].adjustments.findAll { it.groupCode == 'PR' }.sum { it.amountCents }", equalTo(-2960))
                .body("providerAdjustments[0].reasonCode", equalTo("FB"));
        ConsumerRecord<String, String> reversed = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                record -> record.value().contains("\"outcome\":\"REVERSED\"")
                        && record.value().contains(claim.claimId()),
                Duration.ofSeconds(20));
        assertTrue(reversed.value().contains("\"paidCents\":-11840"), reversed.value());

        String again = upload(Era.trace(trace())
                        .payment("0")
                        .reversesContractExample(claim.pcn(), "SIM" + paid)
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        given().get("/v1/remittances/{id}", again)
                .then()
                .body("claims", hasSize(0))
                .body("unmatched[0].reason", containsString("reversed already"));

        // The payer's corrected payment after its reversal posts.
        String corrected = upload(Era.trace(trace())
                        .paysContractExample(claim.pcn(), "SIMFIX" + paid)
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        given().get("/v1/remittances/{id}", corrected)
                .then()
                .body("claims[0].claimId", equalTo(claim.claimId()))
                .body("claims[0].paidCents", equalTo(11840));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPaymentForwardedToASecondaryPayerIsRecordedAsSuch() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String id = upload(Era.trace(trace())
                        .segment("CLP*" + claim.pcn() + "*19*185*118.4*29.6*12*SIMFWD*11*1")
                        .segment("NM1*QC*1*Doe*Jane****MI*M123456")
                        .segment("NM1*TT*2*SIM MEDIGAP*****PI*SIMGAP")
                        .segment("SVC*HC:99213:25*150*96**1")
                        .segment("CAS*CO*45*30")
                        .segment("CAS*PR*2*24")
                        .segment("REF*6R*" + claim.pcn() + "-1")
                        .segment("SVC*HC:G0008*35*22.4**1")
                        .segment("CAS*CO*45*7")
                        .segment("CAS*PR*2*5.6")
                        .segment("REF*6R*" + claim.pcn() + "-2")
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        given().get("/v1/remittances/{id}", id)
                .then()
                .body("claims[0].claimStatusCode", equalTo("19"))
                .body("claims[0].payerSequence", equalTo("PRIMARY"))
                .body("claims[0].forwarded", equalTo(true));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSameClaimPaymentInASecondFileIsNotPostedTwice() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String first = upload(Era.trace(trace())
                        .paysContractExample(claim.pcn(), "SIMPAY-" + claim.pcn())
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        String second = upload(Era.trace(trace())
                        .paysContractExample(claim.pcn(), "SIMPAY-" + claim.pcn())
                        .build())
                .statusCode(202)
                .extract()
                .path("id");

        given().get("/v1/remittances/{id}", second)
                .then()
                .body("claims", hasSize(0))
                .body("unmatched[0].reason", containsString("posted from remittance " + first));
        given().queryParam("claimId", claim.claimId())
                .get("/v1/remittances")
                .then()
                .body("$", hasSize(1));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPayersSecondPaymentOfAClaimItPaidAndDidNotReverseWaitsForAPoster() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String first = upload(Era.trace(trace())
                        .paysContractExample(claim.pcn(), "SIMONE-" + claim.pcn())
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        // The payer decided the claim again under a claim number of its own, without taking the first back.
        String second = upload(Era.trace(trace())
                        .paysContractExample(claim.pcn(), "SIMTWO-" + claim.pcn())
                        .build())
                .statusCode(202)
                .extract()
                .path("id");

        given().get("/v1/remittances/{id}", second)
                .then()
                .body("claims", hasSize(0))
                .body("unmatched[0].reason", containsString("payment from remittance " + first + ", not reversed"));
        given().queryParam("claimId", claim.claimId())
                .get("/v1/remittances")
                .then()
                .body("$", hasSize(1));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void eachPaidLineIsPostedToItsBilledLineByLineControlNumber() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        // The payer answers the lines in the other order; REF*6R still names each billed line.
        String id = upload(Era.trace(trace())
                        .segment("CLP*" + claim.pcn() + "*1*185*118.4*29.6*12*SIMSWAP*11*1")
                        .segment("NM1*QC*1*Doe*Jane****MI*M123456")
                        .segment("SVC*HC:G0008*35*22.4**1")
                        .segment("DTM*472*20261102")
                        .segment("CAS*CO*45*7")
                        .segment("CAS*PR*2*5.6")
                        .segment("REF*6R*" + claim.pcn() + "-2")
                        .segment("SVC*HC:99213:25*150*96**1")
                        .segment("DTM*472*20261102")
                        .segment("CAS*CO*45*30")
                        .segment("CAS*PR*2*24")
                        .segment("REF*6R*" + claim.pcn() + "-1")
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        given().get("/v1/remittances/{id}", id)
                .then()
                .body("claims[0].adjustments.find { it.amountCents == 700 }.lineNumber", equalTo(2))
                .body("claims[0].adjustments.find { it.amountCents == 3000 }.lineNumber", equalTo(1))
                // Lines read back in billed order, each with what the payer paid on it.
                .body("claims[0].lines.lineNumber", contains(1, 2))
                .body("claims[0].lines.paidCents", contains(9600, 2240));
        ConsumerRecord<String, String> posted = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.payment.posted.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        assertTrue(posted.value().contains("{\"lineNumber\":2,\"code\":\"G0008\""), posted.value());
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aDepositShowsWhatWasPostedAndWhatWaitsUnposted() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String id = upload(Era.trace(trace())
                        .payment("128.4")
                        .paysContractExample(claim.pcn())
                        .segment("CLP*NOSUCHCLAIM*1*20*10**12*SIMX*11*1")
                        .segment("SVC*HC:99211*20*10**1")
                        .segment("CAS*CO*45*10")
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        given().queryParam("from", "2026-11-10")
                .queryParam("to", "2026-11-10")
                .get("/v1/deposits")
                .then()
                .statusCode(200)
                .body("find { it.remittanceId == '" + id + "' }.amountCents", equalTo(12840))
                .body("find { it.remittanceId == '" + id + "' }.postedCents", equalTo(11840))
                .body("find { it.remittanceId == '" + id + "' }.unpostedCents", equalTo(1000))
                .body("find { it.remittanceId == '" + id + "' }.paymentMethod", equalTo("ACH"));
        given().queryParam("from", "2026-11-11")
                .queryParam("to", "2026-11-10")
                .get("/v1/deposits")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSameRemittanceTwiceIsNeverPostedTwice() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String era = Era.trace(trace()).paysContractExample(claim.pcn()).build();
        String first = upload(era).statusCode(202).extract().path("id");
        upload(era).statusCode(409).body("id", equalTo(first)).body("remittances[0].duplicate", equalTo(true));

        given().queryParam("claimId", claim.claimId())
                .get("/v1/remittances")
                .then()
                .body("$", hasSize(1));
        EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.payment.posted.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        long postings = EventTap.readAll(Topics.PAYMENTS_EVENTS, Duration.ofSeconds(2)).stream()
                .filter(EventTap.ofType("billing.payment.posted.v1", claim.encounterId()))
                .count();
        assertEquals(1, postings);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anUploadThatDoesNotBalanceIsRefusedWithTheExactDifferenceAndNothingPosted() {
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String trace = trace();
        upload(Era.trace(trace)
                        .payment("118.41")
                        .paysContractExample(claim.pcn())
                        .build())
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", hasItem(containsString("payment " + trace + ": ")))
                .body("errors.message", hasItem(containsString("off by -1 cents")));
        given().queryParam("claimId", claim.claimId())
                .get("/v1/remittances")
                .then()
                .body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimPaymentForNoKnownClaimWaitsAsUnmatched() {
        String id = upload(Era.trace(trace()).paysContractExample("NOSUCHCLAIM").build())
                .statusCode(202)
                .extract()
                .path("id");
        given().get("/v1/remittances/{id}", id)
                .then()
                .body("claims", hasSize(0))
                .body("unmatched[0].patientControlNumber", equalTo("NOSUCHCLAIM"))
                .body("unmatched[0].paidCents", equalTo(11840));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anUnreadableFileIsRefusedSayingWhy() {
        String era = Era.trace(trace()).paysContractExample("PA1").build();
        upload(era.substring(0, era.indexOf("SE*")))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid 835"));
    }

    @Test
    @TestSecurity(user = "clearinghouse-simulator", roles = "clearinghouse")
    void theClearinghouseDeliversToThePracticeThatRegisteredThePayeeNpi() {
        PayeeRegistrations.registered("practice-b", "2222222228", 1);
        SubmittedClaims.Submitted claim = awaitExpected(SubmittedClaims.publish("practice-b", "2222222228"));
        String era = Era.trace(trace())
                .payee("2222222228")
                .paysContractExample(claim.pcn())
                .build();
        given().contentType("application/edi-x12")
                .body(era.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/clearinghouse/remittances")
                .then()
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"));
        ConsumerRecord<String, String> posted = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.payment.posted.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        assertEquals("practice-b:" + claim.encounterId(), posted.key());

        given().contentType("application/edi-x12")
                .body(Era.trace(trace())
                        .payee("9999999991")
                        .paysContractExample("X")
                        .build()
                        .getBytes())
                .post("/v1/clearinghouse/remittances")
                .then()
                .statusCode(202)
                .body("status", equalTo("QUEUED_FOR_OPS"))
                .body("reason", equalTo("no practice owns payee NPI 9999999991"));
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesRemittanceIsNotFound() {
        given().get("/v1/remittances/{id}", "no-such-or-not-yours").then().statusCode(404);
    }

    private static SubmittedClaims.Submitted awaitExpected(SubmittedClaims.Submitted claim) {
        return Remittances.awaitExpected(claim);
    }

    private static ValidatableResponse upload(String era) {
        return Remittances.upload(era);
    }

    private static String trace() {
        return Remittances.trace();
    }
}
