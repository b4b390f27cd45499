package com.rcm.ops.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;

import com.rcm.events.Topics;
import com.rcm.ops.OpsTestResources;
import com.rcm.ops.support.Lifecycles;
import com.rcm.ops.support.PipelineEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Stage-to-stage latency and dead letters, as Prometheus scrapes them from /q/metrics. */
@QuarkusTest
@OpsTestResources
class StageMetricsTests {

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void theTimeBetweenStagesIsAHistogramAndAPoisonEventIsCountedAsADeadLetter() {
        String encounter = PipelineEvents.newEncounterId();
        PipelineEvents.received("practice-a", encounter, "2026-11-02T10:00:00Z");
        Lifecycles.awaitStage(encounter, "RECEIVED");
        PipelineEvents.coded("practice-a", encounter, "2026-11-02T10:05:00Z");
        Lifecycles.awaitStage(encounter, "CODED");
        // A stage event naming no encounter cannot be projected: it goes to the dead-letter topic.
        PipelineEvents.send(
                Topics.CODING_EVENTS, "billing.encounter.coded.v1", "practice-a", null, "2026-11-02T10:06:00Z", "{}");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(matchesPattern("(?s).*billing_stage_latency_seconds_bucket\\{[^}]*from=\"RECEIVED\""
                                + "[^}]*to=\"CODED\"[^}]*} [1-9].*"))
                        .body(matchesPattern("(?s).*billing_events_in_total\\{[^}]*outcome=\"processed\""
                                + "[^}]*type=\"billing.encounter.coded.v1\"[^}]*} [1-9].*"))
                        .body(matchesPattern("(?s).*billing_dead_letters_total\\{[^}]*consumer=\"ops-dashboard\""
                                + "[^}]*topic=\"coding.events.v1.dlq\"[^}]*} [1-9].*")));
    }
}
