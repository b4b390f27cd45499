package com.rcm.ops.api;

import static com.rcm.ops.support.Lifecycles.awaitStage;
import static com.rcm.ops.support.Lifecycles.awaitSteps;
import static com.rcm.ops.support.Lifecycles.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.ops.OpsTestResources;
import com.rcm.ops.support.PipelineEvents;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@OpsTestResources
class LifecycleResourceTests {
    private static final String A = "practice-a";

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void anEncounterMovesThroughEveryStageToPatientBilled() {
        String enc = PipelineEvents.newEncounterId();
        PipelineEvents.received(A, enc, "2026-11-02T10:00:00Z");
        PipelineEvents.needsReview(A, enc, "2026-11-02T10:00:01Z");
        PipelineEvents.coded(A, enc, "2026-11-02T10:05:00Z");
        PipelineEvents.claimed(A, enc, "2026-11-02T10:06:00Z");
        PipelineEvents.adjudicated(A, enc, "2026-11-09T08:00:00Z", "PAID");
        PipelineEvents.paid(A, enc, "2026-11-09T08:00:01Z");
        PipelineEvents.patientBilled(A, enc, "2026-11-09T08:00:02Z");

        awaitSteps(enc, 7);
        get(enc).statusCode(200)
                .body("id", equalTo(enc))
                .body("tenantId", equalTo(A))
                .body("stage", equalTo("PATIENT_BILLED"))
                .body(
                        "history.stage",
                        contains(
                                "RECEIVED",
                                "NEEDS_REVIEW",
                                "CODED",
                                "CLAIMED",
                                "ADJUDICATED",
                                "PAID",
                                "PATIENT_BILLED"))
                .body("history[0].at", equalTo("2026-11-02T10:00:00Z"))
                .body("history[6].at", equalTo("2026-11-09T08:00:02Z"))
                // Only the claim names its payer (an only payer is the primary); this posting predates payer ids.
                .body(
                        "history.payerId",
                        contains(
                                nullValue(),
                                nullValue(),
                                nullValue(),
                                equalTo("SIMCOMM"),
                                nullValue(),
                                nullValue(),
                                nullValue()))
                .body("history[3].coverageOrder", equalTo(1))
                .body("history[5].coverageOrder", nullValue());
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void eachPayersClaimShowsItsOwnStepsNamingThePayer() {
        String enc = PipelineEvents.newEncounterId();
        // Short: each claim id is its patient control number too (at most 38 characters).
        String primaryClaim = "C-" + enc.substring(0, 8) + "-1";
        String secondaryClaim = "C-" + enc.substring(0, 8) + "-2";
        PipelineEvents.claimedBy(A, enc, "2026-11-02T10:06:00Z", primaryClaim, "SIMCOMM", 1, "SIMSUPP");
        PipelineEvents.adjudicatedClaim(A, enc, "2026-11-09T08:00:00Z", primaryClaim, "SIMCOMM", 1);
        PipelineEvents.paidBy(A, enc, "2026-11-09T08:00:01Z", primaryClaim, "SIMCOMM", 1, "SIMSUPP");
        PipelineEvents.claimedBy(A, enc, "2026-11-09T09:00:00Z", secondaryClaim, "SIMSUPP", 2, null);
        PipelineEvents.adjudicatedClaim(A, enc, "2026-11-16T08:00:00Z", secondaryClaim, "SIMSUPP", 2);
        PipelineEvents.paidBy(A, enc, "2026-11-16T08:00:01Z", secondaryClaim, "SIMSUPP", 2, null);

        // The secondary's steps are steps of their own, not repeats of the primary's stages.
        awaitSteps(enc, 6);
        get(enc).statusCode(200)
                .body("stage", equalTo("PAID"))
                .body("history.stage", contains("CLAIMED", "ADJUDICATED", "PAID", "CLAIMED", "ADJUDICATED", "PAID"))
                .body("history.payerId", contains("SIMCOMM", "SIMCOMM", "SIMCOMM", "SIMSUPP", "SIMSUPP", "SIMSUPP"))
                .body("history.coverageOrder", contains(1, 1, 1, 2, 2, 2))
                .body(
                        "history.at",
                        contains(
                                "2026-11-02T10:06:00Z",
                                "2026-11-09T08:00:00Z",
                                "2026-11-09T08:00:01Z",
                                "2026-11-09T09:00:00Z",
                                "2026-11-16T08:00:00Z",
                                "2026-11-16T08:00:01Z"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void oneStatementBillsEveryEncounterItListsAndAPaidBalanceSettlesOne() {
        String first = PipelineEvents.newEncounterId();
        String second = PipelineEvents.newEncounterId();
        PipelineEvents.paid(A, first, "2026-11-09T08:00:00Z");
        PipelineEvents.paid(A, second, "2026-11-09T08:00:01Z");
        awaitStage(first, "PAID");
        awaitStage(second, "PAID");
        PipelineEvents.patientBilledTogether(A, first, second, "2026-11-10T02:00:00Z");
        awaitStage(first, "PATIENT_BILLED");
        awaitStage(second, "PATIENT_BILLED");

        PipelineEvents.settled(A, second, "2026-11-20T09:30:00Z");
        awaitStage(second, "SETTLED");
        get(second).body("history.stage", contains("PAID", "PATIENT_BILLED", "SETTLED"));
        get(first).body("stage", equalTo("PATIENT_BILLED"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void eventsArrivingOutOfOrderKeepTheFurthestStageAndATimeOrderedHistory() {
        String enc = PipelineEvents.newEncounterId();
        PipelineEvents.claimed(A, enc, "2026-11-02T10:06:00Z");
        awaitStage(enc, "CLAIMED");
        PipelineEvents.coded(A, enc, "2026-11-02T10:05:00Z");

        awaitSteps(enc, 2);
        get(enc).body("stage", equalTo("CLAIMED"))
                .body("history.stage", contains("CODED", "CLAIMED"))
                .body("history.at", contains("2026-11-02T10:05:00Z", "2026-11-02T10:06:00Z"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void aDuplicateDeliveryChangesNothing() {
        String enc = PipelineEvents.newEncounterId();
        PipelineEvents.Sent review = PipelineEvents.needsReview(A, enc, "2026-11-02T10:00:01Z");
        awaitStage(enc, "NEEDS_REVIEW");
        PipelineEvents.deliver(review);
        PipelineEvents.Sent coded = PipelineEvents.coded(A, enc, "2026-11-02T10:05:00Z");
        PipelineEvents.deliver(coded);
        PipelineEvents.deliver(review);
        // Same key and topic as the redeliveries, so behind them on one partition: once it shows, they were consumed.
        PipelineEvents.received(A, enc, "2026-11-02T10:00:00Z");

        awaitSteps(enc, 3);
        get(enc).body("stage", equalTo("CODED")).body("history.stage", contains("RECEIVED", "NEEDS_REVIEW", "CODED"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void aDeniedClaimShowsAsDeniedUntilALaterAdjudicationOrPaymentMovesItOn() {
        String enc = PipelineEvents.newEncounterId();
        PipelineEvents.claimed(A, enc, "2026-11-02T10:06:00Z");
        // claims.events and payments.events are consumed apart: let the first land before the next topic's.
        awaitStage(enc, "CLAIMED");
        PipelineEvents.adjudicated(A, enc, "2026-11-09T08:00:00Z", "DENIED");
        awaitStage(enc, "DENIED");

        PipelineEvents.adjudicated(A, enc, "2026-12-01T08:00:00Z", "PAID");
        awaitStage(enc, "ADJUDICATED");
        PipelineEvents.paid(A, enc, "2026-12-01T08:00:01Z");
        awaitStage(enc, "PAID");
        get(enc).body("history.stage", contains("CLAIMED", "DENIED", "ADJUDICATED", "PAID"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void eventTypesThatMoveNoStageAreIgnored() {
        String enc = PipelineEvents.newEncounterId();
        PipelineEvents.Sent unknown = PipelineEvents.send(
                Topics.CLAIMS_EVENTS,
                "billing.claim.acknowledged.v1",
                A,
                enc,
                "2026-11-02T10:07:00Z",
                "{\"claimId\":\"C1\"}");
        PipelineEvents.claimed(A, enc, "2026-11-02T10:06:00Z");
        awaitStage(enc, "CLAIMED");
        get(enc).body("history.stage", contains("CLAIMED"));
        assertTrue(
                EventTap.find(
                                Topics.deadLetterTopicOf(Topics.CLAIMS_EVENTS),
                                r -> unknown.id().equals(EventTap.header(r, CloudEventHeaders.ID)),
                                Duration.ofSeconds(1))
                        .isEmpty(),
                "an event of another type is skipped, not dead-lettered");
    }

    @Test
    void aStageEventNamingNoEncounterIsDeadLettered() {
        PipelineEvents.Sent anonymous = PipelineEvents.coded(A, null, "2026-11-02T10:00:01Z");
        ConsumerRecord<String, String> letter = EventTap.await(
                Topics.deadLetterTopicOf(Topics.CODING_EVENTS),
                r -> anonymous.id().equals(EventTap.header(r, CloudEventHeaders.ID)),
                Duration.ofSeconds(20));
        assertTrue(EventTap.header(letter, CloudEventHeaders.DLQ_REASON).contains("names no encounter"));
    }
}
