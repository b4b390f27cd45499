package com.rcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Posting by group code and each balancing rule, over real 835s through the upload API. */
@QuarkusTest
@PaymentsTestResources
class PostingRulesTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void eachGroupCodeIsPostedAndThePatientsShareIsSplitByKind() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        // 99213: CO-45 30, PR-1 deductible 20, PR-3 copay 4, paid 96. G0008: OA-23 7, PI-94 5.60, paid 22.40.
        // A third line for a code never billed: posted to no line.
        String id = Remittances.upload(Era.trace(Remittances.trace())
                        .segment("CLP*" + claim.pcn() + "*1*195*118.4*24*12*SIMRULES*11*1")
                        .segment("NM1*QC*1*Doe*Jane****MI*M123456")
                        .segment("SVC*HC:99213:25*150*96**1")
                        .segment("CAS*CO*45*30")
                        .segment("CAS*PR*1*20")
                        .segment("CAS*PR*3*4")
                        .segment("REF*6R*" + claim.pcn() + "-1")
                        .segment("SVC*HC:G0008*35*22.4**1")
                        .segment("CAS*OA*23*7")
                        .segment("CAS*PI*94*5.6")
                        .segment("REF*6R*" + claim.pcn() + "-2")
                        .segment("SVC*HC:99999*10*0**1")
                        .segment("CAS*CO*45*10")
                        .build())
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"))
                .extract()
                .path("id");

        given().get("/v1/remittances/{id}", id)
                .then()
                .body("claims[0].adjustments.find { it.groupCode == 'OA' }.amountCents", equalTo(700))
                .body("claims[0].adjustments.find { it.groupCode == 'PI' }.amountCents", equalTo(560))
                .body("claims[0].adjustments.find { it.groupCode == 'OA' }.lineNumber", equalTo(2))
                .body("claims[0].adjustments.find { it.amountCents == 1000 }.lineNumber", nullValue());
        ConsumerRecord<String, String> posted = EventTap.await(
                Topics.PAYMENTS_EVENTS,
                EventTap.ofType("billing.payment.posted.v1", claim.encounterId()),
                Duration.ofSeconds(20));
        assertTrue(
                posted.value()
                        .contains(
                                "\"patientResponsibility\":{\"deductibleCents\":2000,\"coinsuranceCents\":0,\"copayCents\":400"),
                posted.value());
        // charge = paid + every adjustment, to the cent
        assertTrue(
                posted.value().contains("\"chargeCents\":19500")
                        && posted.value().contains("\"paidCents\":11840"),
                posted.value());
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aLineThatDoesNotBalanceIsRefusedWithItsDifference() {
        // 99213: 150 - (31 + 24) is 95, not the 96 paid.
        Remittances.upload(Era.trace(Remittances.trace())
                        .segment("CLP*PALINE*1*185*118.4*29.6*12*SIMLINE*11*1")
                        .segment("SVC*HC:99213:25*150*96**1")
                        .segment("CAS*CO*45*31")
                        .segment("CAS*PR*2*24")
                        .segment("SVC*HC:G0008*35*22.4**1")
                        .segment("CAS*CO*45*7")
                        .segment("CAS*PR*2*5.6")
                        .build())
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", hasItem(containsString("claim PALINE line 99213 is off by -100 cents")));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimThatDoesNotBalanceIsRefusedWithItsDifference() {
        // The lines balance, but CLP03 says 186.00 where they add up to 185.00.
        Remittances.upload(Era.trace(Remittances.trace())
                        .segment("CLP*PACLAIM*1*186*118.4*29.6*12*SIMCLAIM*11*1")
                        .segment("SVC*HC:99213:25*150*96**1")
                        .segment("CAS*CO*45*30")
                        .segment("CAS*PR*2*24")
                        .segment("SVC*HC:G0008*35*22.4**1")
                        .segment("CAS*CO*45*7")
                        .segment("CAS*PR*2*5.6")
                        .build())
                .statusCode(422)
                .body("errors.message", hasItem(containsString("claim PACLAIM is off by 100 cents")))
                .body("errors.message", not(hasItem(containsString("line"))));
    }
}
