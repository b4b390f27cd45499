package com.rcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.coding.CodingTestResources;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What one caller may send: JSON depth, body size, and each practice's rate, each a clear error. */
@QuarkusTest
@CodingTestResources
class RequestLimitsTests {
    @TestHTTPResource("/")
    URL root;

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aBodyNestedTooDeepIsRefusedAndNothingIsCreated() {
        String key = "deep-" + UUID.randomUUID();
        String deep =
                "{\"externalId\": \"EHR-DEEP\", \"patient\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(40) + "}";
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(deep)
                .post("/v1/encounters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nesting depth"));
        // The key was never used: the same key with a good body creates the encounter.
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(com.rcm.coding.Encounters.contractExample("EHR-AFTER-DEEP"))
                .post("/v1/encounters")
                .then()
                .statusCode(202);
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/encounters HTTP/1.1\r\nHost: " + root.getHost() + "\r\nContent-Type: application/json"
                            + "\r\nContent-Length: 900000000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            StringBuilder read = new StringBuilder();
            byte[] chunk = new byte[1024];
            int n;
            // The service answers without reading the body; the answer ends with the problem's closing brace.
            while (!read.toString().endsWith("}") && (n = in.read(chunk)) > 0) {
                read.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
            }
            String answer = read.toString();
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("takes at most"), answer);
        }
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aFhirBundleMeetsTheSameJsonLimitsAndNothingIsCreated() {
        String key = "fhir-deep-" + UUID.randomUUID();
        String bundle = ApiExamples.FHIR_BUNDLE.replace("EHR-000123", "EHR-FHIR-LIMITS-" + UUID.randomUUID());
        // HAPI's own parser would skip an unknown element nested this deep; the platform's limit refuses it.
        String deep =
                bundle.replaceFirst("\\{", "{\"zzUnknown\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(40) + ", ");
        given().contentType("application/fhir+json")
                .header("Idempotency-Key", key)
                .body(deep.getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nesting depth"));
        // Over the JSON body limit (1 MB) though well-formed: 413, as for any JSON.
        String padded = bundle.replaceFirst("\\{", "{" + " ".repeat(1_100_000));
        given().contentType("application/fhir+json")
                .header("Idempotency-Key", key)
                .body(padded.getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        // The key was never used: the bundle itself is taken with it.
        given().contentType("application/fhir+json")
                .header("Idempotency-Key", key)
                .body(bundle.getBytes())
                .post("/v1/encounters")
                .then()
                .statusCode(202);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void unknownIdsAndPathsAreProblems() {
        given().get("/v1/encounters/{id}", UUID.randomUUID().toString())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
        given().get("/v1/encounterz")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    @TestSecurity(user = "tess-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-throttled"))
    void aPracticeOverItsRateIsToldToRetryLater() {
        List<Integer> statuses = new ArrayList<>();
        io.restassured.response.Response refused = null;
        for (int i = 0; i < 12; i++) {
            io.restassured.response.Response answer = given().get("/v1/coding-queue");
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429 && refused == null) {
                refused = answer;
            }
        }
        assertTrue(statuses.contains(429), "over two a second with a burst of four: " + statuses);
        assertEquals(200, statuses.get(0));
        // The refusal itself is checked, not one more call: on a loaded machine a token may refill meanwhile.
        refused.then()
                .statusCode(429)
                .header("Retry-After", "1")
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", containsString("practice-throttled"));
    }
}
