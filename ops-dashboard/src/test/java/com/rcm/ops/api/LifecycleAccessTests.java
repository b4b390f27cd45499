package com.rcm.ops.api;

import static com.rcm.ops.support.Lifecycles.get;
import static com.rcm.ops.support.Projection.awaitProjected;
import static org.hamcrest.Matchers.equalTo;

import com.rcm.ops.OpsTestResources;
import com.rcm.ops.support.PipelineEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** A practice sees its own encounters only; ops sees every practice's. */
@QuarkusTest
@OpsTestResources
class LifecycleAccessTests {

    @Test
    @TestSecurity(user = "bob-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void anotherPracticesEncounterIsNotFound() {
        String ofA = PipelineEvents.newEncounterId();
        PipelineEvents.coded("practice-a", ofA, "2026-11-02T10:05:00Z");
        awaitProjected(ofA);
        get(ofA).statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "coder")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPracticeSeesItsOwnEncounter() {
        String ofA = PipelineEvents.newEncounterId();
        PipelineEvents.coded("practice-a", ofA, "2026-11-02T10:05:00Z");
        awaitProjected(ofA);
        get(ofA).statusCode(200).body("tenantId", equalTo("practice-a")).body("stage", equalTo("CODED"));
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void opsSeesEveryPracticesEncounters() {
        String ofA = PipelineEvents.newEncounterId();
        String ofB = PipelineEvents.newEncounterId();
        PipelineEvents.claimed("practice-a", ofA, "2026-11-02T10:06:00Z");
        PipelineEvents.coded("practice-b", ofB, "2026-11-02T10:05:00Z");
        awaitProjected(ofA);
        awaitProjected(ofB);
        get(ofA).statusCode(200)
                .body("tenantId", equalTo("practice-a"))
                .body("stage", equalTo("CLAIMED"))
                .body("history.stage", org.hamcrest.Matchers.contains("CLAIMED"));
        get(ofB).statusCode(200).body("tenantId", equalTo("practice-b")).body("stage", equalTo("CODED"));
        get(PipelineEvents.newEncounterId()).statusCode(404);
    }

    @Test
    @TestSecurity(user = "someone", roles = "biller")
    void aPracticeRoleWithoutAPracticeIsForbidden() {
        get(PipelineEvents.newEncounterId()).statusCode(403);
    }

    @Test
    @TestSecurity(user = "partner", roles = "ehr-partner")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anEhrPartnerCannotReadLifecycles() {
        get(PipelineEvents.newEncounterId()).statusCode(403);
    }
}
