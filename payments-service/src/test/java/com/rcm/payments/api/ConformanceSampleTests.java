package com.rcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rcm.payments.PaymentsTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public 835 sample (../shared/conformance/x12/835, never copied into the project) is ingested
 * through the upload API: accepted, balanced, and its claim payments, which pay claims no practice
 * here sent, wait in the unmatched queue instead of failing the file. Some samples repeat one
 * payment's identity (payer and TRN trace number 12345): the first is posted, a repeat is refused as a
 * duplicate pointing at it, which is the duplicate safety doing its job.
 */
@QuarkusTest
@PaymentsTestResources
class ConformanceSampleTests {
    private static final Path SAMPLES =
            Path.of(System.getProperty("user.dir")).resolve("../../shared/conformance/x12/835");

    private static String traceNumber(String x12) {
        Matcher trn = Pattern.compile("TRN\\*1\\*([^*~]+)").matcher(x12);
        return trn.find() ? trn.group(1) : "";
    }

    static Stream<Path> samples() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "conformance samples are not beside the project");
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-b"))
    void aPublicSampleIsIngestedAndItsUnknownClaimsWaitUnmatched(Path sample) throws IOException {
        String x12 = Files.readString(sample);
        var answer = given().contentType("application/edi-x12")
                .body(x12.getBytes())
                .post("/v1/remittances")
                .then();
        String id = answer.extract().path("id");
        if (answer.extract().statusCode() == 409) {
            // The same payment (payer and trace number) as a sample posted before: refused, pointing at it.
            answer.body("remittances[0].duplicate", equalTo(true));
            given().get("/v1/remittances/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("traceNumber", equalTo(traceNumber(x12)));
            return;
        }
        answer.statusCode(202).body("remittances.status", everyItem(equalTo("POSTED")));
        given().get("/v1/remittances/{id}", id)
                .then()
                .statusCode(200)
                .body("unmatched.reason", everyItem(not(equalTo(null))));
    }
}
