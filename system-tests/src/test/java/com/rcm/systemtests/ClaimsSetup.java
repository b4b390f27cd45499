package com.rcm.systemtests;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A new practice's claims setup, as its admin makes it: a billing provider (an NPI of its own), doctor, payer and fees. */
final class ClaimsSetup {

    static void forNewPractice(String admin) {
        put(
                admin,
                "/v1/setup/billing-provider",
                Map.of(
                        "name",
                        "New Practice Clinic",
                        "npi",
                        newNpi(),
                        "tin",
                        "749999999",
                        "taxonomy",
                        "207Q00000X",
                        "addressLine1",
                        "1 New St",
                        "city",
                        "Austin",
                        "state",
                        "TX",
                        "postalCode",
                        "787011234",
                        "claimPrefix",
                        "NP"));
        put(
                admin,
                "/v1/setup/rendering-providers/1234567893",
                Map.of("lastName", "SMITH", "firstName", "JOHN", "taxonomy", "207Q00000X"));
        put(
                admin,
                "/v1/setup/payers/SIMCOMM",
                Map.of(
                        "name",
                        "SIM COMMERCIAL",
                        "claimFilingIndicator",
                        "CI",
                        "timelyFilingDays",
                        180,
                        "appealDays",
                        120));
        put(admin, "/v1/setup/fee-schedule/99213", Map.of("chargeCents", 15000, "effectiveFrom", "2026-01-01"));
        put(admin, "/v1/setup/fee-schedule/G0008", Map.of("chargeCents", 3500, "effectiveFrom", "2026-01-01"));
        Api.as(admin)
                .get(Api.CLAIMS + "/v1/setup")
                .then()
                .statusCode(200)
                .body("billingProvider.name", equalTo("New Practice Clinic"));
    }

    private static void put(String admin, String path, Map<String, Object> body) {
        Api.as(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .put(Api.CLAIMS + path)
                .then()
                .statusCode(200);
    }

    /** A valid NPI nobody else uses: payments routes a payer's 835 to the practice by it. */
    static String newNpi() {
        String base = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String withPrefix = "80840" + base;
        int sum = 0;
        boolean twice = true;
        for (int i = withPrefix.length() - 1; i >= 0; i--) {
            int digit = withPrefix.charAt(i) - '0';
            if (twice) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            twice = !twice;
        }
        return base + (10 - sum % 10) % 10;
    }

    private ClaimsSetup() {}
}
