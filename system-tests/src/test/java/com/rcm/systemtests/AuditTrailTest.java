package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ops can answer "who looked at this patient, from where, when": every service keeps its audit log. */
class AuditTrailTest {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void opsFindsWhoReadAPatientsAccountAndFromWhere() {
        String patient = "SYS-AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
        // The account does not exist yet: even a read that finds nothing is on record.
        Api.as("alice-biller")
                .header("X-Correlation-Id", "audit-" + patient)
                .get(Api.PATIENT_BILLING + "/v1/patients/{id}/account", patient)
                .then()
                .statusCode(404);

        Api.as("olga-ops")
                .queryParam("actor", "alice-biller")
                .queryParam("path", patient)
                .get(Api.PATIENT_BILLING + "/v1/audit-log")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].tenantId", equalTo("practice-a"))
                .body("[0].method", equalTo("GET"))
                .body("[0].path", equalTo("/v1/patients/" + patient + "/account"))
                .body("[0].status", equalTo(404))
                .body("[0].remoteAddr", equalTo("127.0.0.1"))
                .body("[0].correlationId", equalTo("audit-" + patient))
                .body("[0].at", notNullValue());
        // A practice does not read the audit log, and the refusal is on record too.
        Api.as("alice-biller")
                .header("X-Correlation-Id", "refused-" + patient)
                .get(Api.PAYMENTS + "/v1/audit-log")
                .then()
                .statusCode(403);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> Api.as("olga-ops")
                        .queryParam("actor", "alice-biller")
                        .queryParam("path", "/v1/audit-log")
                        .get(Api.PAYMENTS + "/v1/audit-log")
                        .then()
                        .statusCode(200)
                        .body("find { it.correlationId == 'refused-%s' }.status".formatted(patient), equalTo(403)));
    }
}
