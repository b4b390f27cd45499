package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One encounter is one trace: the W3C trace context an EHR sends with the encounter is on every
 * event the encounter causes, across every service, through the scheduled claim batch and the
 * clearinghouse's 835 delivery.
 */
class TraceJourneyTest {
    private static final List<String> TOPICS =
            List.of("coding.events.v1", "claims.events.v1", "payments.events.v1", "patient-billing.events.v1");

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void everyEventOfAnEncounterCarriesTheTraceTheEhrStarted() {
        byte[] traceId = new byte[16];
        ThreadLocalRandom.current().nextBytes(traceId);
        String trace = HexFormat.of().formatHex(traceId);
        String patient = "SYS-TRACE-" + UUID.randomUUID().toString().substring(0, 8);
        String encounter = Api.as("alice-biller")
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "key-" + UUID.randomUUID())
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .body(Api.encounter("EHR-" + patient, patient))
                .post(Api.CODING + "/v1/encounters")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> Api.as("alice-biller")
                        .get(Api.OPS + "/v1/encounters/{id}/lifecycle", encounter)
                        .then()
                        .statusCode(200)
                        .body("stage", equalTo("PATIENT_BILLED")));

        List<ConsumerRecord<String, String>> events = eventsOf(encounter);
        Set<String> types = events.stream().map(r -> header(r, "ce_type")).collect(Collectors.toSet());
        assertTrue(
                types.containsAll(Set.of(
                        "billing.encounter.received.v1",
                        "billing.encounter.coded.v1",
                        "billing.claim.submitted.v1",
                        "billing.claim.adjudicated.v1",
                        "billing.payment.posted.v1",
                        "billing.statement.issued.v1")),
                "the whole journey is on the topics: " + types);
        Map<String, String> traceOfEach = events.stream()
                .collect(Collectors.toMap(
                        r -> r.topic() + " " + header(r, "ce_type"),
                        r -> traceIdOf(header(r, "traceparent")),
                        (a, b) -> a));
        System.out.printf(
                "encounter %s: %d events, traces %s%n", encounter, events.size(), Set.copyOf(traceOfEach.values()));
        traceOfEach.forEach((event, traceOf) -> assertEquals(trace, traceOf, event + " is in the encounter's trace"));
    }

    private static String traceIdOf(String traceparent) {
        return traceparent == null ? "none" : traceparent.split("-")[1];
    }

    /** Every event on the platform's topics whose ce_encounterid is {@code encounter}. */
    private static List<ConsumerRecord<String, String>> eventsOf(String encounter) {
        return PlatformKafka.read(TOPICS, r -> encounter.equals(header(r, "ce_encounterid")));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return PlatformKafka.header(record, name);
    }
}
