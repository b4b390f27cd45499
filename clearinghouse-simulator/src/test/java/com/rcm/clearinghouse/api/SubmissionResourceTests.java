package com.rcm.clearinghouse.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.clearinghouse.support.Claims837;
import com.rcm.clearinghouse.support.PaymentsReceiverResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PaymentsReceiverResource.class, scope = TestResourceScope.GLOBAL)
class SubmissionResourceTests {

    @Test
    void aClaimIsAdjudicatedByTheContractAndIts835DeliveredWithAToken() {
        String id = given().contentType("application/edi-x12")
                .body(Claims837.contractExample("PA00000042").getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(202)
                .body("status", equalTo("ACCEPTED")).body("claims", equalTo(1)).extract().path("submissionId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/submissions/{id}", id).then().body("deliveredAt", notNullValue()));
        String era = given().get("/v1/submissions/{id}", id).then().extract().path("remittance");
        // 80% allowed, 20% of allowed coinsurance: 150 -> paid 96, PR 24, CO-45 30; 35 -> 22.4, 5.6, 7.
        assertTrue(era.contains("BPR*I*118.4*C*ACH"), era);
        assertTrue(era.contains("CLP*PA00000042*1*185*118.4*29.6*12*"), era);
        assertTrue(era.contains("SVC*HC:99213:25*150*96**1~"), era);
        assertTrue(era.contains("CAS*CO*45*30~") && era.contains("CAS*PR*2*24~"), era);
        assertTrue(era.contains("REF*6R*PA00000042-2~"), era);
        assertTrue(era.contains("N1*PE*Austin Family Medicine*XX*1111111112~"), era);

        PaymentsReceiverResource.Delivery delivery = PaymentsReceiverResource.delivered().stream()
                .filter(d -> d.body().contains("CLP*PA00000042*")).findFirst().orElseThrow();
        assertEquals("Bearer test-token", delivery.authorization());
        assertEquals(era, delivery.body());
    }

    @Test
    void anInterchangeWithBrokenStructureIsRejectedSayingWhere() {
        String broken = Claims837.contractExample("PA00000043").replace("SE*31*0001", "SE*30*0001");
        given().contentType("application/edi-x12").body(broken.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(400)
                .body("title", equalTo("Rejected interchange")).body("errors[0]", containsString("SE"));
    }

    @Test
    void somethingThatIsNotX12IsRejected() {
        given().contentType("application/edi-x12").body("hello".getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions").then().statusCode(400);
    }
}
