package com.rcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.rcm.events.Topics;
import com.rcm.payments.PaymentsTestResources;
import com.rcm.payments.support.Era;
import com.rcm.payments.support.Remittances;
import com.rcm.payments.support.SubmittedClaims;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * With several payers per encounter, a posting says whether a later payer still decides: the claims
 * service bills that payer and patient billing holds the patient's share until the last one has decided.
 */
@QuarkusTest
@PaymentsTestResources
class NextPayerPostingTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPrimaryThatLeavesThePatientAShareNamesTheNextPayerWithWhatItsClaimNeeds() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112", 1, "SIMSUPP"));
        Remittances.upload(Era.trace(Remittances.trace())
                        .paysContractExample(claim.pcn())
                        .build())
                .statusCode(202);

        JsonPath posted = posting(claim);
        assertEquals("SIMSUPP", posted.getString("nextPayerId"));
        assertEquals("SIMCOMM", posted.getString("payerId"));
        assertEquals("1", posted.getString("claimStatusCode"));
        assertEquals("2026-11-10", posted.getString("adjudicatedOn"), "the 835's payment date (BPR16)");
        assertEquals(1, posted.getInt("coverageOrder"));
        assertEquals(2, posted.getList("lines").size());
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPrimaryThatPaysEverythingItAllowsLeavesNothingForTheNextPayer() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112", 1, "SIMSUPP"));
        // 148 allowed and paid in full: CO-45 contractual only, nothing left to the patient.
        Remittances.upload(Era.trace(Remittances.trace())
                        .payment("148")
                        .segment("CLP*" + claim.pcn() + "*1*185*148*0*12*SIMFULL*11*1")
                        .segment("SVC*HC:99213:25*150*120**1")
                        .segment("CAS*CO*45*30")
                        .segment("REF*6R*" + claim.pcn() + "-1")
                        .segment("SVC*HC:G0008*35*28**1")
                        .segment("CAS*CO*45*7")
                        .segment("REF*6R*" + claim.pcn() + "-2")
                        .build())
                .statusCode(202);

        assertNull(posting(claim).getString("nextPayerId"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSecondarysPostingIsTheLastWord() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112", 2, null));
        // SIMSUPP pays half of the 29.60 the primary left: 14.80; OA-23 is the primary's part.
        Remittances.upload(Era.trace(Remittances.trace())
                        .payment("14.8")
                        .segment("CLP*" + claim.pcn() + "*2*185*14.8*14.8*12*SUPP1*11*1")
                        .segment("SVC*HC:99213:25*150*12**1")
                        .segment("CAS*OA*23*126")
                        .segment("CAS*PR*2*12")
                        .segment("REF*6R*" + claim.pcn() + "-1")
                        .segment("SVC*HC:G0008*35*2.8**1")
                        .segment("CAS*OA*23*29.4")
                        .segment("CAS*PR*2*2.8")
                        .segment("REF*6R*" + claim.pcn() + "-2")
                        .build())
                .statusCode(202);

        JsonPath posted = posting(claim);
        assertEquals(2, posted.getInt("coverageOrder"));
        assertEquals("2", posted.getString("claimStatusCode"));
        assertNull(posted.getString("nextPayerId"));
        assertEquals(1480, posted.getInt("patientResponsibility.coinsuranceCents"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aCrossoverPayersAnswerUnderTheForwardedClaimIsTheNextPayersLastWord() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112", 1, "SIMSUPP"));
        // The primary processed the claim and forwarded it to SIMSUPP itself (CLP02 19).
        Remittances.upload(Era.trace(Remittances.trace())
                        .segment("CLP*" + claim.pcn() + "*19*185*118.4*29.6*MB*SIMX1*11*1")
                        .segment("SVC*HC:99213:25*150*96**1")
                        .segment("CAS*CO*45*30")
                        .segment("CAS*PR*2*24")
                        .segment("REF*6R*" + claim.pcn() + "-1")
                        .segment("SVC*HC:G0008*35*22.4**1")
                        .segment("CAS*CO*45*7")
                        .segment("CAS*PR*2*5.6")
                        .segment("REF*6R*" + claim.pcn() + "-2")
                        .build())
                .statusCode(202);
        assertEquals("SIMSUPP", posting(claim).getString("nextPayerId"));

        // SIMSUPP answers under the same claim number.
        Remittances.upload(Era.trace(Remittances.trace())
                        .payer("SIMSUPP", "SIM SUPPLEMENTAL")
                        .payment("14.8")
                        .segment("CLP*" + claim.pcn() + "*2*185*14.8*14.8*12*SUPPX1*11*1")
                        .segment("SVC*HC:99213:25*150*12**1")
                        .segment("CAS*OA*23*126")
                        .segment("CAS*PR*2*12")
                        .segment("REF*6R*" + claim.pcn() + "-1")
                        .segment("SVC*HC:G0008*35*2.8**1")
                        .segment("CAS*OA*23*29.4")
                        .segment("CAS*PR*2*2.8")
                        .segment("REF*6R*" + claim.pcn() + "-2")
                        .build())
                .statusCode(202);

        JsonPath last = JsonPath.from(EventTap.await(
                        Topics.PAYMENTS_EVENTS,
                        record -> EventTap.ofType("billing.payment.posted.v1", claim.encounterId())
                                        .test(record)
                                && record.value().contains("\"payerId\":\"SIMSUPP\""),
                        Duration.ofSeconds(20))
                .value());
        assertEquals(2, last.getInt("coverageOrder"));
        assertNull(last.getString("nextPayerId"));
        JsonPath decided = JsonPath.from(EventTap.await(
                        Topics.PAYMENTS_EVENTS,
                        record -> EventTap.ofType("billing.claim.adjudicated.v1", claim.encounterId())
                                        .test(record)
                                && record.value().contains("\"payerId\":\"SIMSUPP\""),
                        Duration.ofSeconds(20))
                .value());
        assertEquals(2, decided.getInt("coverageOrder"), "the crossover payer decides as the next payer");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPaymentByAPayerTheClaimWasNotSentToWaitsForAPoster() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String id = Remittances.upload(Era.trace(Remittances.trace())
                        .payer("SIMSUPP", "SIM SUPPLEMENTAL")
                        .paysContractExample(claim.pcn())
                        .build())
                .statusCode(202)
                .extract()
                .path("id");

        given().get("/v1/remittances/{id}", id)
                .then()
                .statusCode(200)
                .body("claims", hasSize(0))
                .body("unmatched[0].reason", containsString("was sent to SIMCOMM, not to SIMSUPP"));
    }

    private static JsonPath posting(SubmittedClaims.Submitted claim) {
        return JsonPath.from(EventTap.await(
                        Topics.PAYMENTS_EVENTS,
                        EventTap.ofType("billing.payment.posted.v1", claim.encounterId()),
                        Duration.ofSeconds(20))
                .value());
    }
}
