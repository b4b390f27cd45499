package com.rcm.claims.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.service.ClaimBatches;
import com.rcm.claims.support.ClaimsApi;
import com.rcm.claims.support.ClearinghouseReceiverResource;
import com.rcm.claims.support.CodedEvents;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.platform.tenant.TenantContext;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Clean claims wait READY and go out together: one 837P interchange per practice and clearinghouse. */
@QuarkusTest
@ClaimsTestResources
class ClaimBatchTests {

    @Inject
    Scheduler scheduler;

    @Inject
    ClaimRepository claimRows;

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void claimsWaitingTogetherGoOutInOneInterchangeAcrossPayers() {
        scheduler.pause(ClaimBatches.JOB);
        List<String> encounters;
        try {
            encounters = List.of(
                    CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices()),
                    CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices()),
                    CodedEvents.publishContractExample("practice-a", "SIMMCARE", CodedEvents.contractServices()));
            encounters.forEach(encounter -> ClaimsApi.awaitClaim(encounter, "READY"));
        } finally {
            scheduler.resume(ClaimBatches.JOB);
        }

        List<String> interchanges = encounters.stream()
                .map(encounter -> ClaimsApi.awaitClaim(encounter, "ACCEPTED")
                        .extract()
                        .<String>path("[0].interchangeControlNumber"))
                .toList();
        assertEquals(1, Set.copyOf(interchanges).size(), "one interchange for the three: " + interchanges);

        String claimId = given().queryParam("encounterId", encounters.get(0))
                .get("/v1/claims")
                .then()
                .body("[0].history[-2].detail", org.hamcrest.Matchers.containsString("in a batch of 3"))
                .extract()
                .path("[0].id");
        String x12 = given().get("/v1/claims/{id}/x12", claimId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        var read = new ProfessionalClaimReader().read(x12);
        assertEquals(List.of(), read.issues());
        Set<String> payers = read.single().claims().stream()
                .map(c -> c.subscriber().payerId())
                .collect(Collectors.toSet());
        assertEquals(Set.of("SIMCOMM", "SIMMCARE"), payers);
        assertEquals(
                3,
                read.single().claims().stream()
                        .map(ProfessionalClaim::patientControlNumber)
                        .distinct()
                        .count());

        // The file is kept once, by its interchange, not once more by each of its claims.
        List<ClaimEntity> stored = TenantContext.callAs(
                "practice-a",
                () -> QuarkusTransaction.requiringNew().call(() -> claimRows.list("encounterId in ?1", encounters)));
        assertEquals(3, stored.size());
        stored.forEach(claim -> assertNull(claim.x12, "a copy of the batch's X12 on claim " + claim.id));
        assertEquals(
                1, stored.stream().map(claim -> claim.interchangeId).distinct().count());
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anInterchangeWhoseAnswerWasLostGoesAgainUnchangedUnderItsOwnNumber() {
        // Four tries of one batch run fail, then two of the next: the claims are not written again.
        ClearinghouseReceiverResource.loseAnswers(6);
        EncounterCoded e = CodedEvents.contractExample("SIMCOMM", CodedEvents.contractServices());
        String encounter = CodedEvents.publish(
                "practice-a",
                new EncounterCoded(
                        e.encounterId(),
                        e.externalId(),
                        e.dateOfService(),
                        e.placeOfService(),
                        e.patient(),
                        new Coverage("SIMCOMM", ClearinghouseReceiverResource.LOST_ANSWER_MEMBER, "G1", "self"),
                        e.renderingProviderNpi(),
                        e.diagnoses(),
                        e.services()));

        String controlNumber =
                ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().path("[0].interchangeControlNumber");
        List<String> sent = ClearinghouseReceiverResource.received().stream()
                .filter(x12 -> x12.contains("*MI*" + ClearinghouseReceiverResource.LOST_ANSWER_MEMBER + "~"))
                .toList();
        assertEquals(7, sent.size(), "six answers lost, the seventh received");
        assertEquals(1, Set.copyOf(sent).size(), "every send is the same interchange");
        assertTrue(sent.get(0).contains("*" + controlNumber + "*"), "ISA13 " + controlNumber + " in " + sent.get(0));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimWaitsReadyUntilTheNextBatch() {
        scheduler.pause(ClaimBatches.JOB);
        String encounter;
        try {
            encounter = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices());
            ClaimsApi.awaitClaim(encounter, "READY").body("[0].interchangeControlNumber", equalTo(null));
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(3))
                    .untilAsserted(() -> given().queryParam("encounterId", encounter)
                            .get("/v1/claims")
                            .then()
                            .body("[0].status", equalTo("READY")));
        } finally {
            scheduler.resume(ClaimBatches.JOB);
        }
        ClaimsApi.awaitClaim(encounter, "ACCEPTED");
    }
}
