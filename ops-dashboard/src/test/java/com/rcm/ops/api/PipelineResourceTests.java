package com.rcm.ops.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.rcm.ops.OpsTestResources;
import com.rcm.ops.support.Lifecycles;
import com.rcm.ops.support.PipelineEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Stage counts, stages reached per day, and stuck encounters, each practice seeing only its own. */
@QuarkusTest
@OpsTestResources
class PipelineResourceTests {
    private static final String A = "practice-a";

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = A))
    void anEncounterThatStoppedMovingIsStuckAndOneThatReachedTheEndIsNot() {
        String stuck = PipelineEvents.newEncounterId();
        PipelineEvents.received(A, stuck, hoursAgo(2));
        String done = PipelineEvents.newEncounterId();
        PipelineEvents.received(A, done, hoursAgo(3));
        PipelineEvents.patientBilled(A, done, hoursAgo(2));
        String fresh = PipelineEvents.newEncounterId();
        PipelineEvents.received(A, fresh, OffsetDateTime.now(ZoneOffset.UTC).toString());
        Lifecycles.awaitStage(stuck, "RECEIVED");
        Lifecycles.awaitStage(done, "PATIENT_BILLED");
        Lifecycles.awaitStage(fresh, "RECEIVED");

        given().get("/v1/stuck-encounters")
                .then()
                .statusCode(200)
                .body("encounterId", hasItem(stuck))
                .body("encounterId", not(hasItem(done)))
                .body("encounterId", not(hasItem(fresh)))
                .body("find { it.encounterId == '%s' }.limit".formatted(stuck), equalTo("PT10M"));
        given().get("/v1/pipeline")
                .then()
                .statusCode(200)
                .body(
                        "find { it.tenantId == 'practice-a' && it.stage == 'RECEIVED' }.encounters",
                        greaterThanOrEqualTo(2))
                .body("tenantId", not(hasItem("practice-b")));
        given().get("/v1/pipeline/daily?days=2").then().statusCode(200).body("stage", hasItem("PATIENT_BILLED"));
        given().get("/v1/pipeline/daily?days=0").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void opsSeesEveryPracticesPipeline() {
        String ofB = PipelineEvents.newEncounterId();
        PipelineEvents.received("practice-b", ofB, hoursAgo(5));
        Lifecycles.awaitStage(ofB, "RECEIVED");
        given().get("/v1/stuck-encounters")
                .then()
                .statusCode(200)
                .body("find { it.encounterId == '%s' }.tenantId".formatted(ofB), equalTo("practice-b"));
        given().get("/v1/pipeline").then().body("tenantId", hasItem("practice-b"));
    }

    private static String hoursAgo(int hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours).toString();
    }
}
