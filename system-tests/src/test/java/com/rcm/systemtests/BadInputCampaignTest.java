package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input of every kind, through the API and on the partner topic: each is answered with a clear
 * error (problem+json naming what was wrong) or dead-lettered with its reason, no consumer stops,
 * and a good encounter sent behind the bad messages on the same partition still flows. Prints the
 * count of each kind and how it was answered.
 */
class BadInputCampaignTest {
    private static final String BILLER = "alice-biller";
    /** ehr-partner-1's own topic, and the dead letters of every partner topic. */
    private static final String EHR = EncounterLoad.TOPIC;

    private static final String EHR_DEAD_LETTERS = "ehr.encounters.v1.dlq";
    /** kind → answer → how many. */
    private final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void everyBadInputIsAnsweredAndGoodWorkBehindItFlows() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);

        for (String body : List.of("{", "not json", "{\"externalId\": }", "{\"externalId\": \"x\",}", "[1, 2")) {
            refused("malformed JSON", submit(body), 400);
        }
        String good = Api.encounter("EHR-TYPES-" + run, "SYS-TYPES");
        for (String[] wrong : List.of(
                new String[] {"\"dateOfService\": \"2026-11-02\"", "\"dateOfService\": 20261102"},
                new String[] {"\"units\": 1", "\"units\": \"one\""},
                new String[] {"\"diagnoses\": [\"E11.9\", \"I10\"]", "\"diagnoses\": {\"first\": \"E11.9\"}"},
                new String[] {"\"placeOfService\": \"11\"", "\"placeOfService\": [11]"})) {
            assertTrue(good.contains(wrong[0]), wrong[0]);
            refused("wrong type", submit(good.replace(wrong[0], wrong[1])), 400);
        }
        for (String service : List.of(Api.CODING, Api.CLAIMS, Api.PAYMENTS, Api.PATIENT_BILLING, Api.OPS)) {
            count("oversized body", oversized(service));
        }
        // Codes that do not exist: accepted, then held for a coder with the edits that name them.
        String invalid = Api.submit(
                BILLER,
                "camp-codes-" + run,
                Api.encounter("EHR-CODES-" + run, "SYS-CODES")
                        .replace("\"E11.9\", \"I10\"", "\"XYZ.99\"")
                        .replace("\"99213\"", "\"ABCDE\""));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> Api.as(BILLER)
                        .get(Api.OPS + "/v1/encounters/{id}/lifecycle", invalid)
                        .then()
                        .body("stage", equalTo("NEEDS_REVIEW")));
        List<Object> edits = Api.as(BILLER)
                .get(Api.CODING + "/v1/encounters/{id}", invalid)
                .then()
                .statusCode(200)
                .extract()
                .path("edits");
        assertTrue(!edits.isEmpty(), "the coder is told which codes are wrong");
        count("invalid codes", "NEEDS_REVIEW with " + edits.size() + " edits");

        x12(run);
        partnerTopic(run);

        Map<String, Integer> totals = new LinkedHashMap<>();
        outcomes.forEach((kind, answers) ->
                totals.put(kind, answers.values().stream().mapToInt(i -> i).sum()));
        System.out.println("bad-input campaign: "
                + totals.values().stream().mapToInt(i -> i).sum() + " bad inputs");
        outcomes.forEach((kind, answers) -> System.out.printf("  %-28s %s%n", kind, answers));
    }

    /** Truncated and unbalanced 835s, and the same 835 twice. */
    private void x12(String run) {
        PracticeAFixture a = PracticeAFixture.shared();
        String era = Api.as(BILLER)
                .get(Api.PAYMENTS + "/v1/remittances/{id}/x12", a.id("remittance"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        refused("truncated X12", upload(era.substring(0, era.length() / 2)), 422);
        refused("truncated X12", upload(era.substring(0, era.indexOf("CLP*"))), 422);
        refused("X12 that is no 835", upload("ISA*00*garbage~"), 422);
        // The same 835 again: 409 naming the remittance that posted it (the body of a normal upload).
        Response duplicate = upload(era);
        assertEquals(409, duplicate.statusCode(), duplicate.asString());
        assertEquals(a.id("remittance"), duplicate.jsonPath().getString("remittances[0].id"));
        assertTrue(duplicate.jsonPath().getBoolean("remittances[0].duplicate"), duplicate.asString());
        count("duplicate remittance", "409 naming the first posting");
        // A claim's payment that does not add up: refused with the difference, never posted.
        String unbalanced = era.replaceFirst("TRN\\*1\\*[^*~]+", "TRN*1*UNBAL" + run)
                .replaceFirst("(CLP\\*[^*]*\\*[^*]*\\*[^*]*\\*)([0-9.]+)", "$1" + "1.23");
        Response refused = upload(unbalanced);
        count(
                "unbalanced X12",
                refused.statusCode()
                        + (refused.asString().contains("is off by")
                                ? " naming the difference"
                                : " " + refused.asString()));
        assertTrue(
                refused.statusCode() == 422 && refused.asString().contains("is off by"),
                "an 835 that does not balance is refused naming the difference: " + refused.asString());
    }

    /** Poison on the partner topic, all on one partition, then a good encounter behind them. */
    private void partnerTopic(String run) {
        String key = "practice-a:CAMPAIGN-" + run;
        Map<String, String> poison = new LinkedHashMap<>();
        poison.put("not JSON", send(key, "practice-a", "billing.encounter.submitted.v1", "<<not json>>"));
        poison.put(
                "unknown tenant",
                send(
                        key,
                        "practice-zz-" + run,
                        "billing.encounter.submitted.v1",
                        Api.encounter("EHR-ZZ-" + run, "SYS-ZZ")));
        poison.put("no tenant", send(key, null, "billing.encounter.submitted.v1", Api.encounter("EHR-NT-" + run, "X")));
        poison.put("unknown event type", send(key, "practice-a", "billing.encounter.deleted.v9", "{}"));
        poison.put(
                "schema violation", send(key, "practice-a", "billing.encounter.submitted.v1", "{\"externalId\": 42}"));
        String replayedId = UUID.randomUUID().toString();
        String replayed = "EHR-REPLAY-" + run;
        for (int i = 0; i < 2; i++) {
            PlatformKafka.send(
                    EHR,
                    key,
                    Api.encounter(replayed, "SYS-REPLAY"),
                    headers("practice-a", replayedId, "billing.encounter.submitted.v1"));
        }
        String behind = "EHR-BEHIND-" + run;
        send(key, "practice-a", "billing.encounter.submitted.v1", Api.encounter(behind, "SYS-BEHIND"));

        // The good encounter behind them is coded: the partition did not stop.
        ConsumerRecord<String, String> coded = PlatformKafka.await(
                        "coding.events.v1",
                        r -> "billing.encounter.coded.v1".equals(PlatformKafka.header(r, "ce_type"))
                                && r.value().contains("\"" + behind + "\""),
                        Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the good encounter behind the bad ones " + "was never coded"));
        assertTrue(coded.value().contains(behind));
        count("good after bad", "coded");

        poison.forEach((kind, eventId) -> {
            ConsumerRecord<String, String> dead = PlatformKafka.await(
                            EHR_DEAD_LETTERS,
                            r -> eventId.equals(PlatformKafka.header(r, "ce_id")),
                            Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError(kind + " was not dead-lettered"));
            String reason = PlatformKafka.header(dead, "dlq-reason");
            assertTrue(reason != null && !reason.isBlank(), kind + " has a reason");
            count(
                    "partner topic: " + kind,
                    "dead-lettered: " + (reason.length() > 60 ? reason.substring(0, 60) : reason));
        });
        // The same event twice is one encounter.
        List<ConsumerRecord<String, String>> received = PlatformKafka.read(
                List.of("coding.events.v1"),
                r -> "billing.encounter.received.v1".equals(PlatformKafka.header(r, "ce_type"))
                        && r.value().contains("\"" + replayed + "\""));
        assertEquals(1, received.size(), "a replayed event makes one encounter");
        count("replayed event", "one encounter");
    }

    private static String send(String key, String tenant, String type, String body) {
        String id = UUID.randomUUID().toString();
        PlatformKafka.send(EHR, key, body, headers(tenant, id, type));
        return id;
    }

    private static Map<String, String> headers(String tenant, String id, String type) {
        Map<String, String> headers = new HashMap<>(Map.of(
                "ce_specversion",
                "1.0",
                "ce_id",
                id,
                "ce_type",
                type,
                "ce_source",
                "/ehr-partner-1",
                "ce_time",
                "2026-11-02T15:00:00Z",
                "content-type",
                "application/json"));
        if (tenant != null) {
            headers.put("ce_tenantid", tenant);
        }
        return headers;
    }

    private static Response submit(String body) {
        return Api.as(BILLER)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "camp-" + UUID.randomUUID())
                .body(body)
                .post(Api.CODING + "/v1/encounters");
    }

    private static Response upload(String x12) {
        return Api.as(BILLER)
                .contentType("application/edi-x12")
                .body(x12.getBytes(StandardCharsets.UTF_8))
                .post(Api.PAYMENTS + "/v1/remittances");
    }

    /** A body that says it is 900 MB: refused before it is read. */
    private static String oversized(String service) throws IOException {
        URI uri = URI.create(service);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/anything HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 900000000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] chunk = new byte[1024];
            int n;
            while (!answer.toString().endsWith("}") && (n = in.read(chunk)) > 0) {
                answer.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
            }
            assertTrue(
                    answer.toString().startsWith("HTTP/1.1 413")
                            && answer.toString().contains("problem+json"),
                    service + ": " + answer);
            return "413 problem+json";
        }
    }

    private void refused(String kind, Response response, int status) {
        assertEquals(status, response.statusCode(), kind + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), kind + ": " + response.contentType());
        String detail = response.jsonPath().getString("detail");
        assertTrue(detail != null && !detail.isBlank(), kind + " says what was wrong");
        count(kind, status + " problem+json");
    }

    private void count(String kind, String answer) {
        outcomes.computeIfAbsent(kind, k -> new TreeMap<>()).merge(answer, 1, Integer::sum);
    }
}
