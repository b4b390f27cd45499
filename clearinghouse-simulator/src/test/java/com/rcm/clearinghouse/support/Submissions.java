package com.rcm.clearinghouse.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Sending 837Ps to the simulator over HTTP and reading back the 835s it answers them with. */
public final class Submissions {

    /** The receipt (202) of an interchange: submission id, status, claim counts, 999 and 277CA. */
    public static JsonPath send(String x837) {
        return given().contentType("application/edi-x12")
                .body(x837.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/submissions")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
    }

    /** Every 835 the submission is answered with, in the order written, once all were delivered. */
    public static List<String> delivered(String submissionId) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        given().get("/v1/submissions/{id}", submissionId).then().body("deliveredAt", notNullValue()));
        return remittances(submissionId);
    }

    /** The 835s the submission is answered with (none for a rejected, voided or repeated claim). */
    public static List<String> remittances(String submissionId) {
        return given().get("/v1/submissions/{id}", submissionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("remittances.x12", String.class);
    }

    /** Sends a one-claim interchange the payer accepts and answers the one 835 it is paid with. */
    public static String adjudicated(String x837) {
        JsonPath receipt = send(x837);
        if (receipt.getInt("claimsAccepted") != 1) {
            throw new AssertionError("the claim was not accepted: " + receipt.prettify());
        }
        List<String> answers = delivered(receipt.getString("submissionId"));
        if (answers.size() != 1) {
            throw new AssertionError("expected one 835, got " + answers);
        }
        return answers.get(0);
    }

    private Submissions() {}
}
