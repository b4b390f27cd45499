package com.rcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.support.ClaimsApi;
import com.rcm.claims.support.ClearinghouseReceiverResource;
import com.rcm.claims.support.CodedEvents;
import com.rcm.events.Topics;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The clearinghouse's 277CA decides ACCEPTED or REJECTED; a rejected claim is corrected and accepted. */
@QuarkusTest
@ClaimsTestResources
class ClearinghouseAcknowledgementTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimRejectedInThe999ShowsTheSegmentAndElementInErrorAndIsAcceptedOnceCorrected() {
        EncounterCoded e = CodedEvents.contractExample("SIMCOMM", CodedEvents.contractServices());
        String encounter = CodedEvents.publish(
                "practice-a",
                new EncounterCoded(
                        e.encounterId(),
                        e.externalId(),
                        e.dateOfService(),
                        e.placeOfService(),
                        e.patient(),
                        new Coverage("SIMCOMM", ClearinghouseReceiverResource.MALFORMED_MEMBER, "G1", "self"),
                        e.renderingProviderNpi(),
                        e.diagnoses(),
                        e.services()));

        String claimId = ClaimsApi.awaitClaim(encounter, "REJECTED")
                .body("[0].history[-1].detail", containsString("999 NM1 at segment 14: element 9 error 6"))
                .extract()
                .path("[0].id");
        ConsumerRecord<String, String> rejected = EventTap.await(
                Topics.CLAIMS_EVENTS, EventTap.ofType("billing.claim.rejected.v1", encounter), Duration.ofSeconds(20));
        assertTrue(rejected.value().contains("\"999\""), rejected.value());

        given().contentType(ContentType.JSON)
                .body("""
                {"coverage": {"payerId": "SIMCOMM", "memberId": "M123456", "groupNumber": "G1"}}""")
                .post("/v1/claims/{id}/resubmit", claimId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimRejectedInThe277caShowsWhyAndIsAcceptedOnceCorrected() {
        EncounterCoded e = CodedEvents.contractExample("SIMCOMM", CodedEvents.contractServices());
        EncounterCoded unknownMember = new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                e.patient(),
                new Coverage("SIMCOMM", ClearinghouseReceiverResource.UNKNOWN_MEMBER, "G1", "self"),
                e.renderingProviderNpi(),
                e.diagnoses(),
                e.services());
        String encounter = CodedEvents.publish("practice-a", unknownMember);

        String claimId = ClaimsApi.awaitClaim(encounter, "REJECTED")
                .body("[0].history[-1].detail", containsString("277CA A3:33"))
                .body("[0].history.status", hasItems("SUBMITTED", "REJECTED"))
                .extract()
                .path("[0].id");
        ConsumerRecord<String, String> rejected = EventTap.await(
                Topics.CLAIMS_EVENTS, EventTap.ofType("billing.claim.rejected.v1", encounter), Duration.ofSeconds(20));
        assertTrue(rejected.value().contains("A3:33"), rejected.value());

        given().contentType(ContentType.JSON)
                .body("""
                {"coverage": {"payerId": "SIMCOMM", "memberId": "M123456", "groupNumber": "G1"}}""")
                .post("/v1/claims/{id}/resubmit", claimId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("interchangeControlNumber", notNullValue());
        EventTap.await(
                Topics.CLAIMS_EVENTS, EventTap.ofType("billing.claim.accepted.v1", encounter), Duration.ofSeconds(20));
        String x12 =
                given().get("/v1/claims/{id}/x12", claimId).then().extract().asString();
        assertTrue(x12.contains("*MI*M123456~"), "the corrected member id went out");
    }
}
