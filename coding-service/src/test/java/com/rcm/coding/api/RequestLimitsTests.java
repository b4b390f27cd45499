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
        String deep = "{\"externalId\": \"EHR-DEEP\", \"patient\": " + "{\"a\": ".repeat(40) + "1"
                + "}".repeat(40) + "}";
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(deep).post("/v1/encounters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nesting depth"));
        // The key was never used: the same key with a good body creates the encounter.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(com.rcm.coding.Encounters.contractExample("EHR-AFTER-DEEP")).post("/v1/encounters")
                .then().statusCode(202);
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/encounters HTTP/1.1\r\nHost: " + root.getHost() + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 900000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
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
    @TestSecurity(user = "tess-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-throttled"))
    void aPracticeOverItsRateIsToldToRetryLater() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(given().get("/v1/coding-queue").then().extract().statusCode());
        }
        assertTrue(statuses.contains(429), "over two a second with a burst of four: " + statuses);
        assertEquals(200, statuses.get(0));
        given().get("/v1/coding-queue").then().statusCode(429).header("Retry-After", "1")
                .contentType("application/problem+json").body("status", equalTo(429))
                .body("detail", containsString("practice-throttled"));
    }
}
