package com.rcm.payments.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.Topics;
import com.rcm.payments.PaymentsTestResources;
import com.rcm.payments.support.Era;
import com.rcm.payments.support.PayeeRegistrations;
import com.rcm.payments.support.Remittances;
import com.rcm.payments.support.SubmittedClaims;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The poster's queues: unmatched payments matched by hand, exceptions, underpayments, PLB ledger, drop folder. */
@QuarkusTest
@PaymentsTestResources
class PostingQueueTests {
    private static final Path DROP_FOLDER = Path.of("target", "era-inbox");

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPosterMatchesAnUnmatchedPaymentToItsClaimAndItIsPostedOnce() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        // The payer echoed a mistyped patient control number, so nothing matched on arrival.
        String mistyped = claim.pcn() + "X";
        String remittance = Remittances.upload(Era.trace(Remittances.trace())
                        .paysContractExample(mistyped)
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        long item = given().get("/v1/unmatched")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.patientControlNumber == '" + mistyped + "' }.id");

        given().contentType(ContentType.JSON)
                .body("{\"claimId\": \"" + claim.claimId() + "\"}")
                .post("/v1/unmatched/{id}/match", item)
                .then()
                .statusCode(200)
                .body("reason", containsString(claim.claimId()));
        given().get("/v1/remittances/{id}", remittance)
                .then()
                .body("claims[0].claimId", equalTo(claim.claimId()))
                .body("claims[0].paidCents", equalTo(11840));
        given().get("/v1/unmatched").then().body("id", not(hasItem((int) item)));
        given().contentType(ContentType.JSON)
                .body("{\"claimId\": \"" + claim.claimId() + "\"}")
                .post("/v1/unmatched/{id}/match", item)
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body("{\"claimId\": \"no-such-claim\"}")
                .post("/v1/unmatched/{id}/match", 999999999)
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPaymentThatArrivesBeforeItsClaimPostsWhenTheClaimIsAnnounced() {
        // The route to practice-a is known from an earlier claim; this claim's own event comes late.
        Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        SubmittedClaims.Prepared late = SubmittedClaims.prepare("practice-a", "1111111112");
        String pcn = late.submitted().pcn();
        String remittance = Remittances.upload(
                        Era.trace(Remittances.trace()).paysContractExample(pcn).build())
                .statusCode(202)
                .extract()
                .path("id");
        given().get("/v1/unmatched").then().body("patientControlNumber", hasItem(pcn));

        EventTap.sendAll(Topics.CLAIMS_EVENTS, List.of(late.record()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/remittances/{id}", remittance)
                        .then()
                        .body("claims[0].claimId", equalTo(late.submitted().claimId()))
                        .body("claims[0].paidCents", equalTo(11840)));
        given().get("/v1/unmatched").then().body("patientControlNumber", not(hasItem(pcn)));
        // The same claim announced again (a redelivery) posts nothing twice.
        EventTap.sendAll(Topics.CLAIMS_EVENTS, List.of(late.record()));
        given().queryParam("claimId", late.submitted().claimId())
                .get("/v1/remittances")
                .then()
                .body("size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anUnbalancedFileDroppedInTheFolderIsHeldAsAnExceptionWithItsDifference() throws IOException {
        // An upload that does not balance is refused to the uploader; a file handed over by a machine
        // (folder, clearinghouse) has nobody to refuse it to, so it is kept for a poster.
        PayeeRegistrations.registered("practice-a", "1111111112", 1);
        String trace = Remittances.trace();
        String era =
                Era.trace(trace).payment("118.41").paysContractExample("PAEXC").build();
        Files.createDirectories(DROP_FOLDER);
        Files.writeString(DROP_FOLDER.resolve(trace + ".835"), era);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/v1/exceptions")
                        .then()
                        .statusCode(200)
                        .body("find { it.traceNumber == '" + trace + "' }.problem", containsString("off by -1 cents")));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPaymentShortOfTheContractedAmountIsFlagged() {
        // The contract allows 125.00 for 99213; the payer allowed 120.00 (96 paid + 24 coinsurance).
        given().contentType(ContentType.JSON)
                .body("{\"allowedCents\": 12500}")
                .put("/v1/contracts/SIMCOMM/rates/99213")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"allowedCents\": 2800}")
                .put("/v1/contracts/SIMCOMM/rates/G0008")
                .then()
                .statusCode(200);
        given().get("/v1/contracts/SIMCOMM/rates").then().body("99213", equalTo(12500));
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String id = Remittances.upload(Era.trace(Remittances.trace())
                        .paysContractExample(claim.pcn())
                        .build())
                .statusCode(202)
                .extract()
                .path("id");

        given().get("/v1/remittances/{id}", id).then().body("claims[0].underpaidCents", equalTo(500));
        given().get("/v1/underpayments")
                .then()
                .statusCode(200)
                .body("find { it.claimId == '" + claim.claimId() + "' }.underpaidCents", equalTo(500));
        given().contentType(ContentType.JSON)
                .body("{\"allowedCents\": -1}")
                .put("/v1/contracts/SIMCOMM/rates/99213")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void providerAdjustmentsArePostedToTheProviderLedgerWithTotalsByReason() {
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        String id = Remittances.upload(Era.trace(Remittances.trace())
                        .payment("113.4")
                        .paysContractExample(claim.pcn())
                        .segment("PLB*1111111112*20261231*L6:INT1*-2*WO:RECOUP1*7")
                        .build())
                .statusCode(202)
                .extract()
                .path("id");
        given().queryParam("from", "2026-11-10")
                .queryParam("to", "2026-11-10")
                .get("/v1/provider-adjustments")
                .then()
                .statusCode(200)
                .body("adjustments.findAll { it.remittanceId == '" + id + "' }", hasSize(2))
                .body(
                        "adjustments.find { it.remittanceId == '" + id + "' && it.reasonCode == 'WO' }.amountCents",
                        equalTo(700));
        given().queryParam("from", "2026-11-10")
                .queryParam("to", "2026-11-10")
                .get("/v1/deposits")
                .then()
                .body("find { it.remittanceId == '" + id + "' }.providerAdjustmentCents", equalTo(500))
                .body("find { it.remittanceId == '" + id + "' }.unpostedCents", equalTo(0));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anEraDroppedInTheFolderIsPostedAndABrokenOneSetAsideWithItsReason() throws IOException {
        PayeeRegistrations.registered("practice-a", "1111111112", 1);
        SubmittedClaims.Submitted claim =
                Remittances.awaitExpected(SubmittedClaims.publish("practice-a", "1111111112"));
        Files.createDirectories(DROP_FOLDER);
        String era =
                Era.trace(Remittances.trace()).paysContractExample(claim.pcn()).build();
        Files.writeString(DROP_FOLDER.resolve(claim.pcn() + ".835"), era);
        Files.writeString(DROP_FOLDER.resolve(claim.pcn() + "-broken.835"), era.substring(0, era.indexOf("SE*")));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().queryParam("claimId", claim.claimId())
                        .get("/v1/remittances")
                        .then()
                        .body("$", hasSize(1))
                        .body("[0].channel", equalTo("DROP_FOLDER")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertTrue(inside("done").stream().anyMatch(f -> f.endsWith(claim.pcn() + ".835")), "posted file in done/");
            assertTrue(
                    inside("failed").stream().anyMatch(f -> f.endsWith(claim.pcn() + "-broken.835.error.txt")),
                    "broken file in failed/ with its reason");
        });
        Path error = Path.of(inside("failed").stream()
                .filter(f -> f.endsWith(claim.pcn() + "-broken.835.error.txt"))
                .findFirst()
                .orElseThrow());
        assertTrue(Files.readString(error).contains("Invalid 835"), Files.readString(error));
    }

    private static List<String> inside(String subfolder) throws IOException {
        Path folder = DROP_FOLDER.resolve(subfolder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::toString).toList();
        }
    }
}
