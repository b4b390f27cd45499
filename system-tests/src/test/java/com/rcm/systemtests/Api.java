package com.rcm.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** The platform's public endpoints, as the outside contract names them. */
final class Api {
    static final String CODING = "http://127.0.0.1:8081";
    static final String CLAIMS = "http://127.0.0.1:8082";
    static final String PAYMENTS = "http://127.0.0.1:8083";
    static final String PATIENT_BILLING = "http://127.0.0.1:8084";
    static final String OPS = "http://127.0.0.1:8085";

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    /** Submits an encounter as {@code user} under {@code idempotencyKey}; its id. */
    static String submit(String user, String idempotencyKey, String body) {
        return as(user).contentType(ContentType.JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .post(CODING + "/v1/encounters")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    static String encounter(String externalId, String patientId) {
        return """
                {
                  "externalId": "%s",
                  "dateOfService": "2026-11-02",
                  "placeOfService": "11",
                  "patient": {"externalId": "%s", "firstName": "Jane", "lastName": "Doe",
                              "dateOfBirth": "1980-04-01", "sex": "F",
                              "address": {"line1": "1 Main St", "city": "Austin", "state": "TX", "postalCode": "78701"}},
                  "coverage": {"payerId": "SIMCOMM", "memberId": "M123456", "groupNumber": "G1",
                               "relationshipToSubscriber": "self"},
                  "renderingProviderNpi": "1234567893",
                  "diagnoses": ["E11.9", "I10"],
                  "services": [
                    {"code": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2]},
                    {"code": "G0008", "units": 1, "diagnosisPointers": [1]}
                  ]
                }""".formatted(externalId, patientId);
    }

    /** The example encounter with the supplemental payer SIMSUPP after {@code primaryPayerId} (the intake body's `coverages`). */
    static String encounterWithSupplemental(String externalId, String patientId, String primaryPayerId) {
        return encounterWithPayers(externalId, patientId, primaryPayerId, "SIMSUPP");
    }

    /**
     * The example encounter billed to {@code payerIds} in the order given (the intake body's `coverages`, order
     * 1 to n), member M123456 at each; the primary keeps the example's group number.
     */
    static String encounterWithPayers(String externalId, String patientId, String... payerIds) {
        List<String> coverages = new ArrayList<>();
        for (int i = 0; i < payerIds.length; i++) {
            String group = i == 0 ? " \"groupNumber\": \"G1\"," : "";
            coverages.add("""
                    {"payerId": "%s", "memberId": "M123456",%s "relationshipToSubscriber": "self", "order": %d}""".formatted(payerIds[i], group, i + 1));
        }
        return encounter(externalId, patientId)
                .replaceFirst(
                        "\"coverage\": \\{[^}]*\\},",
                        Matcher.quoteReplacement("\"coverages\": [" + String.join(",\n", coverages) + "],"));
    }

    private Api() {}
}
