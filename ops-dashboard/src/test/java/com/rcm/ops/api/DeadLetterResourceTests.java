package com.rcm.ops.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.ops.OpsTestResources;
import com.rcm.ops.support.Lifecycles;
import com.rcm.ops.support.PipelineEvents;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The dead-letter browser: a message some consumer gave up on shows with its reason within seconds,
 * only to ops and its own practice, and ops replays it to its topic, where it flows to completion.
 */
@QuarkusTest
@OpsTestResources
class DeadLetterResourceTests {
    private static final String A = "practice-a";

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void aDeadLetterIsListedWithItsReasonAndReplaysToCompletion() {
        String encounter = PipelineEvents.newEncounterId();
        PipelineEvents.Sent received = PipelineEvents.prepared(
                Topics.CODING_EVENTS,
                "billing.encounter.received.v1",
                A,
                encounter,
                "2026-11-02T10:00:00Z",
                """
                {"encounterId":"%s","externalId":"EHR-1","dateOfService":"2026-11-02","channel":"REST"}""".formatted(encounter));
        // As DeadLetters files it when claims-service cannot process it (the cause being, say, a missing setup).
        Map<String, String> headers = new HashMap<>(received.headers());
        headers.put(CloudEventHeaders.DLQ_REASON, "practice practice-a has no billing provider set up");
        headers.put(CloudEventHeaders.DLQ_CONSUMER, "claims-service");
        headers.put(CloudEventHeaders.DLQ_ORIGINAL_TOPIC, Topics.CODING_EVENTS);
        headers.put(CloudEventHeaders.DLQ_ORIGINAL_PARTITION, "0");
        headers.put(CloudEventHeaders.DLQ_ORIGINAL_OFFSET, "42");
        headers.put(CloudEventHeaders.DLQ_AT, "2026-11-02T10:00:05Z");
        EventTap.send(Topics.deadLetterTopicOf(Topics.CODING_EVENTS), received.key(), received.payload(), headers);

        String id = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> given().get("/v1/dead-letters")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("find { it.eventId == '%s' }.id"
                                        .formatted(received.headers().get(CloudEventHeaders.ID))),
                        found -> found != null);
        given().get("/v1/dead-letters/{id}", id)
                .then()
                .statusCode(200)
                .body("tenantId", equalTo(A))
                .body("originalTopic", equalTo(Topics.CODING_EVENTS))
                .body("reason", equalTo("practice practice-a has no billing provider set up"))
                .body("consumer", equalTo("claims-service"))
                .body("encounterId", equalTo(encounter))
                .body("eventType", equalTo("billing.encounter.received.v1"))
                .body("replays", hasSize(0));

        given().post("/v1/dead-letters/{id}/replay", id)
                .then()
                .statusCode(200)
                .body("replays", hasSize(1))
                .body("replays[0].replayedBy", equalTo("olga-ops"));
        ConsumerRecord<String, String> back = EventTap.await(
                Topics.CODING_EVENTS,
                EventTap.ofType("billing.encounter.received.v1", encounter),
                Duration.ofSeconds(20));
        assertEquals(received.key(), back.key());
        assertEquals(received.headers().get(CloudEventHeaders.ID), EventTap.header(back, CloudEventHeaders.ID));
        // The replayed event flows on like any other: the projection now knows the encounter.
        Lifecycles.awaitStage(encounter, "RECEIVED");
    }

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void aPracticeSeesOnlyItsOwnDeadLettersAndCannotReplay() {
        String encounter = PipelineEvents.newEncounterId();
        PipelineEvents.Sent ofA = PipelineEvents.prepared(
                Topics.CODING_EVENTS, "billing.encounter.coded.v1", A, encounter, "2026-11-02T10:00:00Z", "{}");
        Map<String, String> headers = new HashMap<>(ofA.headers());
        headers.put(CloudEventHeaders.DLQ_REASON, "payload does not match billing.encounter.coded.v1");
        EventTap.send(Topics.deadLetterTopicOf(Topics.CODING_EVENTS), ofA.key(), ofA.payload(), headers);
        String eventId = ofA.headers().get(CloudEventHeaders.ID);

        // practice-b's own dead letter, behind practice-a's on the same topic: once it shows, both were filed.
        PipelineEvents.Sent ofB = PipelineEvents.prepared(
                Topics.CODING_EVENTS,
                "billing.encounter.coded.v1",
                "practice-b",
                PipelineEvents.newEncounterId(),
                "2026-11-02T10:00:00Z",
                "{}");
        Map<String, String> headersB = new HashMap<>(ofB.headers());
        headersB.put(CloudEventHeaders.DLQ_REASON, "payload does not match billing.encounter.coded.v1");
        EventTap.send(Topics.deadLetterTopicOf(Topics.CODING_EVENTS), ofA.key(), ofB.payload(), headersB);
        String idB = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> given().get("/v1/dead-letters")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("find { it.eventId == '%s' }.id"
                                        .formatted(ofB.headers().get(CloudEventHeaders.ID))),
                        found -> found != null);

        given().get("/v1/dead-letters")
                .then()
                .body("eventId", not(hasItem(eventId)))
                .body("tenantId", not(hasItem(A)));
        given().post("/v1/dead-letters/{id}/replay", idB).then().statusCode(403);
    }
}
