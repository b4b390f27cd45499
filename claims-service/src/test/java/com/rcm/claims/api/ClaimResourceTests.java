package com.rcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.support.ClearinghouseReceiverResource;
import com.rcm.claims.support.CodedEvents;
import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import com.rcm.events.payload.Subscriber;
import com.rcm.testkit.EventTap;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimBatch;
import com.rcm.x12.claim.ProfessionalClaimReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ClaimsTestResources
class ClaimResourceTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void codedEncounterIsPricedFromTheFeeScheduleSentAsAn837PAndAnnounced() {
        String encounter = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices());

        awaitClaim(encounter, "ACCEPTED")
                .body("[0].totalChargeCents", equalTo(18500))
                .body("[0].patientControlNumber", startsWith("PA"))
                .body("[0].lines.code", contains("99213", "G0008"))
                .body("[0].lines.chargeCents", contains(15000, 3500));
        String claimId = given().queryParam("encounterId", encounter)
                .get("/v1/claims")
                .then()
                .extract()
                .path("[0].id");
        String pcn = given().get("/v1/claims/{id}", claimId).then().extract().path("patientControlNumber");

        String x12 = given().get("/v1/claims/{id}/x12", claimId)
                .then()
                .statusCode(200)
                .contentType("application/edi-x12")
                .extract()
                .asString();
        assertTrue(ClearinghouseReceiverResource.received().contains(x12), "the clearinghouse got exactly this 837P");
        assertTrue(x12.startsWith("ISA*"), x12);
        assertTrue(x12.contains("ST*837*"), "an 837 transaction set");
        assertTrue(x12.contains("CLM*" + pcn + "*185*"), "CLM carries the PCN and the total");
        assertTrue(x12.contains("SV1*HC:99213:25*150*UN*1*"), "SV1 carries code, modifier, charge and units");
        assertTrue(x12.contains("REF*6R*" + pcn + "-1"), "line control number for 835 matching");

        ConsumerRecord<String, String> submitted = EventTap.await(
                Topics.CLAIMS_EVENTS, EventTap.ofType("billing.claim.submitted.v1", encounter), Duration.ofSeconds(20));
        assertEquals("practice-a", EventTap.header(submitted, CloudEventHeaders.TENANT_ID));
        assertTrue(submitted.value().contains("\"billingProviderNpi\":\"1111111112\""), submitted.value());
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void eachPracticeIsPricedFromItsOwnFeeScheduleAndNumbersItsOwnClaims() {
        String encounter = CodedEvents.publishContractExample("practice-b", "SIMCOMM", CodedEvents.contractServices());
        awaitClaim(encounter, "ACCEPTED")
                .body("[0].totalChargeCents", equalTo(16000))
                .body("[0].patientControlNumber", startsWith("PB"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimForAnUnknownPayerIsHeldWithTheReasonAndNotSent() {
        String encounter =
                CodedEvents.publishContractExample("practice-a", "NOSUCHPAYER", CodedEvents.contractServices());
        awaitClaim(encounter, "HELD")
                .body("[0].scrubFindings.ruleId", contains("PAYER_NOT_SET_UP"))
                .body("[0].scrubFindings[0].fix", startsWith("payer NOSUCHPAYER is not set up for this practice"))
                .body("[0].interchangeControlNumber", equalTo(null));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimWithADateX12CannotWriteIsHeldAndTheOthersStillGo() {
        EncounterCoded e = CodedEvents.contractExample("SIMCOMM", CodedEvents.contractServices());
        // Year 57443: what an epoch-day number read as a date gives; no 8-digit X12 date holds it.
        String bad = CodedEvents.publish(
                "practice-a",
                new EncounterCoded(
                        e.encounterId(),
                        e.externalId(),
                        java.time.LocalDate.ofEpochDay(20_261_102),
                        e.placeOfService(),
                        e.patient(),
                        e.coverage(),
                        e.renderingProviderNpi(),
                        e.diagnoses(),
                        e.services()));
        String good = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices());
        awaitClaim(bad, "HELD")
                .body("[0].scrubFindings.ruleId", contains("IMPLEMENTATION_GUIDE"))
                .body("[0].interchangeControlNumber", equalTo(null));
        awaitClaim(good, "ACCEPTED");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimWhose837pWouldBreakTheImplementationGuideIsHeldNotSent() {
        EncounterCoded e = CodedEvents.contractExample("SIMCOMM", CodedEvents.contractServices());
        Patient p = e.patient();
        String tooLong = "Q".repeat(61); // NM103 holds at most 60 characters
        String encounter = CodedEvents.publish(
                "practice-a",
                new EncounterCoded(
                        e.encounterId(),
                        e.externalId(),
                        e.dateOfService(),
                        e.placeOfService(),
                        new Patient(p.externalId(), p.firstName(), tooLong, p.dateOfBirth(), p.sex(), p.address()),
                        e.coverage(),
                        e.renderingProviderNpi(),
                        e.diagnoses(),
                        e.services()));
        awaitClaim(encounter, "HELD")
                .body("[0].scrubFindings.ruleId", contains("IMPLEMENTATION_GUIDE"))
                .body("[0].scrubFindings[0].fix", containsString("NM1"))
                .body("[0].interchangeControlNumber", equalTo(null));
        assertTrue(
                ClearinghouseReceiverResource.received().stream().noneMatch(x12 -> x12.contains(tooLong)),
                "nothing was sent");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aDependentIsBilledInAPatientLoopUnderTheSubscriber() {
        EncounterCoded e = CodedEvents.contractExample("SIMCOMM", CodedEvents.contractServices());
        Subscriber father = new Subscriber(
                "John", "Doe", LocalDate.of(1978, 2, 3), "M", new Address("1 Main St", null, "Austin", "TX", "78701"));
        String encounter = CodedEvents.publish(
                "practice-a",
                new EncounterCoded(
                        e.encounterId(),
                        e.externalId(),
                        e.dateOfService(),
                        e.placeOfService(),
                        e.patient(),
                        new Coverage("SIMCOMM", "M123456", "G1", "child", father),
                        e.renderingProviderNpi(),
                        e.diagnoses(),
                        e.services()));
        String claimId = awaitClaim(encounter, "ACCEPTED").extract().path("[0].id");
        String x12 = given().get("/v1/claims/{id}/x12", claimId)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        X12ReadResult<ProfessionalClaimBatch> read = new ProfessionalClaimReader().read(x12);
        assertEquals(List.of(), read.issues(), "valid against the 005010X222A1 implementation schema");
        ProfessionalClaim claim = read.single().claims().get(0);
        assertEquals("John", claim.subscriber().firstName());
        assertEquals("19", claim.relationshipCode(), "PAT01 child");
        assertEquals("Jane", claim.patient().firstName());
        assertTrue(x12.contains("HL*3*2*23*0~"), "the patient's HL sits under the subscriber's: " + x12);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aLineWithNoFeeAndNoChargeHoldsTheClaimNamingTheCode() {
        String encounter = CodedEvents.publishContractExample(
                "practice-a", "SIMCOMM", List.of(new ServiceLine(1, "99499", List.of(), 1, List.of(1), null)));
        awaitClaim(encounter, "HELD")
                .body("[0].scrubFindings.ruleId", contains("LINE_NOT_PRICED"))
                .body("[0].scrubFindings[0].fix", startsWith("no fee schedule charge for 99499"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void interchangeControlNumbersAreNeverReused() {
        String first = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices());
        String a = awaitClaim(first, "ACCEPTED").extract().path("[0].interchangeControlNumber");
        String second = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices());
        String b = awaitClaim(second, "ACCEPTED").extract().path("[0].interchangeControlNumber");
        assertTrue(Long.parseLong(b) > Long.parseLong(a), "a later interchange gets a higher ISA13: " + a + ", " + b);
        assertEquals(9, a.length());
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesClaimIsNotFound() {
        String encounterOfA =
                CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices());
        ConsumerRecord<String, String> submitted = EventTap.await(
                Topics.CLAIMS_EVENTS,
                EventTap.ofType("billing.claim.submitted.v1", encounterOfA),
                Duration.ofSeconds(20));
        String claimOfA = submitted.value().replaceAll(".*\"claimId\":\"([^\"]+)\".*", "$1");
        given().get("/v1/claims/{id}", claimOfA).then().statusCode(404);
        given().get("/v1/claims/{id}/x12", claimOfA).then().statusCode(404);
        given().queryParam("encounterId", encounterOfA)
                .get("/v1/claims")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    private static ValidatableResponse awaitClaim(String encounterId, String status) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().queryParam("encounterId", encounterId)
                        .get("/v1/claims")
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(1))
                        .body("[0].status", equalTo(status)));
        return given().queryParam("encounterId", encounterId).get("/v1/claims").then();
    }
}
