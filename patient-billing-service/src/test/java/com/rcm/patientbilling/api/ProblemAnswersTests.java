package com.rcm.patientbilling.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.Accounts;
import com.rcm.patientbilling.support.PaymentEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every refusal is problem+json, and a JSON body is held to the small JSON limit however it is sent. */
@QuarkusTest
@PatientBillingTestResources
class ProblemAnswersTests {
    private static final int OVER_ONE_MB = 1_100_000;

    @TestHTTPResource("/")
    URL root;

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void unknownIdsPathsMethodsAndTypesAreAnsweredWithProblems() {
        given().get("/v1/patients/{id}/account", "P-NOBODY-" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
        given().get("/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("/v1/no-such-thing"));
        given().get("/v1/patients/P-1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
        given().delete("/v1/billing-policy")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
        given().contentType(ContentType.TEXT)
                .body("hello")
                .post("/v1/patients/P-1/payments")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        // A role outside the operation's @RolesAllowed.
        given().contentType(ContentType.JSON)
                .body("{}")
                .put("/v1/billing-policy")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aJsonBodyOverTheJsonLimitIsRefusedWhenAnnouncedAndWhenChunkedAndNothingIsPaid() throws Exception {
        String patient = "P-BIG-" + UUID.randomUUID();
        PaymentEvents.publish("practice-a", PaymentEvents.owing(patient, 1000));
        Accounts.awaitBalance(patient, 1000);
        // Valid JSON, padded with whitespace: the parser would take it, only its size is wrong.
        String body = "{\"amountCents\": 500, \"method\": \"CARD\"" + " ".repeat(OVER_ONE_MB) + "}";

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "big-" + UUID.randomUUID())
                .body(body)
                .post("/v1/patients/{id}/payments", patient)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("takes at most 1048576"));

        // The same body without a Content-Length (chunked) is cut off while it is read.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(root + "v1/patients/" + patient + "/payments"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "chunked-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        assertTrue(answer.body().contains("\"status\":413"), answer.body());

        Accounts.assertLedgerSumsTo(patient, 1000);
    }
}
