package com.rcm.claims.x12;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader;
import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.support.ClaimsApi;
import com.rcm.claims.support.CodedEvents;
import com.rcm.claims.support.PayerEvents;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimBatch;
import com.rcm.x12.claim.ProfessionalClaimReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 837P of the example encounter, as sent: valid against our 005010X222A1 implementation schema,
 * and read back by a second X12 library (IMS x12-parser, which maps 005010X222A1 by its own
 * definition) as the same claim, lines, codes and amounts.
 */
@QuarkusTest
@ClaimsTestResources
class IndependentReaderTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theContractExamplesClaimReadsBackThroughAnotherX12Library() throws IOException {
        String encounter = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CodedEvents.contractServices());
        var claim = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract();
        String pcn = claim.path("[0].patientControlNumber");
        String x12 = given().get("/v1/claims/{id}/x12", claim.<String>path("[0].id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();

        X12ReadResult<ProfessionalClaimBatch> ours = new ProfessionalClaimReader().read(x12);
        assertEquals(List.of(), ours.issues(), "the 837P as sent breaks the implementation schema");
        assertEquals(
                List.of(pcn),
                ours.single().claims().stream()
                        .map(ProfessionalClaim::patientControlNumber)
                        .toList());

        X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new StringReader(x12));
        assertEquals(List.of(), reader.getFatalErrors());
        assertEquals(List.of(), reader.getErrors());
        List<Loop> claims = reader.getLoops().get(0).findLoop("2300");
        assertEquals(1, claims.size());
        Loop read = claims.get(0);
        Segment clm = read.getSegment("CLM");
        assertEquals(pcn, clm.getElementValue("CLM01"));
        assertEquals("185", clm.getElementValue("CLM02"));
        Segment hi = read.getSegment("HI");
        assertEquals(List.of("ABK", "E119"), hi.getElement("HI01").getSubValues());
        assertEquals(List.of("ABF", "I10"), hi.getElement("HI02").getSubValues());

        List<Loop> lines = read.findLoop("2400");
        assertEquals(2, lines.size());
        Segment first = lines.get(0).getSegment("SV1");
        assertEquals(List.of("HC", "99213", "25"), first.getElement("SV101").getSubValues());
        assertEquals("150", first.getElementValue("SV102"));
        assertEquals("1", first.getElementValue("SV104"));
        Segment second = lines.get(1).getSegment("SV1");
        assertEquals(List.of("HC", "G0008"), second.getElement("SV101").getSubValues());
        assertEquals("35", second.getElementValue("SV102"));
        assertEquals(pcn + "-1", lines.get(0).getSegment("REF").getElementValue("REF02"));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aSecondaryClaimsCobLoopsReadBackThroughAnotherX12LibraryAndBalance() throws IOException {
        String encounter = CodedEvents.publish("practice-a", CodedEvents.withSecondary("SIMCOMM", "SIMSUPP"));
        var primary = ClaimsApi.awaitClaim(encounter, "ACCEPTED").extract().jsonPath();
        PayerEvents.posted(
                "practice-a",
                encounter,
                primary.getString("[0].id"),
                "SIMCOMM",
                "1",
                List.of(
                        new long[] {1, primary.getLong("[0].lines[0].chargeCents")},
                        new long[] {2, primary.getLong("[0].lines[1].chargeCents")}),
                "SIMSUPP");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().queryParam("encounterId", encounter)
                        .get("/v1/claims")
                        .then()
                        .body("[1].status", equalTo("ACCEPTED")));
        var secondary = given().queryParam("encounterId", encounter)
                .get("/v1/claims")
                .then()
                .extract()
                .jsonPath();
        String x12 = given().get("/v1/claims/{id}/x12", secondary.getString("[1].id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertEquals(List.of(), new ProfessionalClaimReader().read(x12).issues(), "our schema");
        X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new StringReader(x12));
        assertEquals(List.of(), reader.getFatalErrors());
        assertEquals(List.of(), reader.getErrors());
        Loop claim = reader.getLoops().get(0).findLoop("2300").stream()
                .filter(c -> secondary
                        .getString("[1].patientControlNumber")
                        .equals(c.getSegment("CLM").getElementValue("CLM01")))
                .findFirst()
                .orElseThrow();
        long charge = cents(claim.getSegment("CLM").getElementValue("CLM02"));
        Loop otherSubscriber = claim.findLoop("2320").get(0);
        assertEquals("P", otherSubscriber.getSegment("SBR").getElementValue("SBR01"));
        long paid = cents(otherSubscriber.getSegment("AMT").getElementValue("AMT02"));
        assertEquals(
                "SIMCOMM",
                otherSubscriber.findLoop("2330B").get(0).getSegment("NM1").getElementValue("NM109"));
        long lineAdjusted = 0;
        long linePaid = 0;
        for (Loop line : claim.findLoop("2400")) {
            Loop adjudication = line.findLoop("2430").get(0);
            long svdPaid = cents(adjudication.getSegment("SVD").getElementValue("SVD02"));
            long cas = 0;
            for (Segment segment : adjudication.getSegments()) {
                if (segment.getId().equals("CAS")) {
                    cas += cents(segment.getElementValue("CAS03")) + cents(segment.getElementValue("CAS06"));
                }
            }
            assertEquals(cents(line.getSegment("SV1").getElementValue("SV102")), svdPaid + cas, "a line balances");
            linePaid += svdPaid;
            lineAdjusted += cas;
        }
        assertEquals(paid, linePaid, "AMT*D is what the primary paid on the lines");
        assertEquals(charge, paid + lineAdjusted, "charge = the primary's paid + its adjustments");
    }

    private static long cents(String amount) {
        return amount == null || amount.isBlank()
                ? 0
                : new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }
}
