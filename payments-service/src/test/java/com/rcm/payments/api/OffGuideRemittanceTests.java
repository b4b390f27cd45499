package com.rcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.payments.PaymentsTestResources;
import com.rcm.payments.support.Remittances;
import com.rcm.payments.support.SubmittedClaims;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's own corpus of payer 835s that stray from the guide (test resources era-deviations/,
 * cases.tsv says what each does): a file that balances posts to its claim with the deviation as a
 * warning; one whose envelope or money cannot be read, or that does not balance, is refused naming why.
 */
@QuarkusTest
@PaymentsTestResources
class OffGuideRemittanceTests {
    private static final String CORPUS = "/era-deviations/";
    private static final Pattern ELEMENT = Pattern.compile("(.+?)(\\d{2})");

    /** One line of cases.tsv. */
    record Case(String file, boolean posted, String where, String deviation, String field, String value) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : text("cases.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] column = line.split("\t");
            String[] check = column.length > 4 ? column[4].split("=", 2) : new String[] {null, null};
            cases.add(new Case(column[0], column[1].equals("POSTED"), column[2], column[3], check[0], check[1]));
        }
        return cases;
    }

    @Test
    void theCorpusHoldsAtLeastFifteenDeviationsBothWays() {
        List<Case> cases = cases();
        assertTrue(
                cases.stream().filter(c -> c.posted() && !c.where().equals("-")).count() >= 15, cases.toString());
        assertTrue(cases.stream().anyMatch(c -> !c.posted()), cases.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aFileThatBalancesPostsWithItsWarningAndOneThatCannotBeReadIsRefused(Case c) {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String era = text(c.file()).replace("{TRACE}", Remittances.trace()).replace("{PCN}", claim.pcn());
        if (!c.posted()) {
            List<String> reasons = Remittances.upload(era)
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .extract()
                    .jsonPath()
                    .getList("errors.message");
            assertTrue(reasons.stream().anyMatch(reason -> reason.contains(c.deviation())), reasons.toString());
            given().queryParam("claimId", claim.claimId())
                    .get("/v1/remittances")
                    .then()
                    .body("$", hasSize(0));
            return;
        }
        String id = Remittances.upload(era)
                .statusCode(202)
                .body("remittances[0].status", equalTo("POSTED"))
                .extract()
                .path("id");
        var remittance = given().get("/v1/remittances/{id}", id)
                .then()
                .statusCode(200)
                .body("claims[0].claimId", equalTo(claim.claimId()))
                .body("claims[0].paidCents", equalTo(11840))
                .body("claims[0].patientResponsibilityCents", equalTo(2960))
                .body("paymentAmountCents", equalTo(11840));
        if (c.where().equals("-")) {
            remittance.body("warnings", hasSize(0));
        } else {
            // "NM103" is element 3 of NM1; "CAS" the whole segment.
            Matcher where = ELEMENT.matcher(c.where());
            String segment = where.matches() ? where.group(1) : c.where();
            Integer element = where.matches() ? Integer.valueOf(where.group(2)) : null;
            List<Map<String, Object>> warnings = remittance.extract().jsonPath().getList("warnings");
            assertTrue(
                    warnings.stream()
                            .anyMatch(w -> segment.equals(w.get("segment"))
                                    && c.deviation().equals(w.get("deviation"))
                                    && (element == null || element.equals(w.get("element")))
                                    && w.get("segmentPosition") instanceof Integer),
                    warnings.toString());
            assertFalse(
                    warnings.stream()
                            .anyMatch(w -> String.valueOf(w.get("expected")).isBlank()),
                    "every warning says what the guide expected");
        }
        if (c.field() != null) {
            remittance.body(c.field(), equalTo(c.value()));
        }
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anOffGuideFileSentTwiceIsStillADuplicate() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String era = text("se-count-wrong.835")
                .replace("{TRACE}", Remittances.trace())
                .replace("{PCN}", claim.pcn());
        String first = Remittances.upload(era).statusCode(202).extract().path("id");
        Remittances.upload(era)
                .statusCode(409)
                .body("id", equalTo(first))
                .body("remittances[0].duplicate", equalTo(true));
        given().queryParam("claimId", claim.claimId())
                .get("/v1/remittances")
                .then()
                .body("$", hasSize(1))
                .body("[0].warnings[0].deviation", startsWith("CONTROL_COUNT"));
    }

    private static String text(String name) {
        try (InputStream in = OffGuideRemittanceTests.class.getResourceAsStream(CORPUS + name)) {
            if (in == null) {
                throw new IllegalStateException("no " + CORPUS + name + " in the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
