package com.rcm.clearinghouse.support;

import static io.restassured.RestAssured.given;

import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import com.rcm.x12.claimstatus.ClaimStatusInquiry;
import com.rcm.x12.claimstatus.ClaimStatusReader;
import com.rcm.x12.claimstatus.ClaimStatusReport;
import com.rcm.x12.claimstatus.ClaimStatusWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Asks a payer about a claim with a 276 over HTTP and reads its 277. */
public final class ClaimStatuses {
    private static final InterchangeEnvelope ENVELOPE = new InterchangeEnvelope(
            "ZZ",
            "PRACTICEA",
            "ZZ",
            "SIMCLEARING",
            902,
            902,
            "0001",
            LocalDateTime.of(2026, 12, 9, 8, 0),
            Usage.PRODUCTION);

    /** "F1:65 paid 1180": the 277's category, status code and the amount the payer says it paid. */
    public static String of(String pcn, String payerId, String memberId) {
        String x276 = ClaimStatusWriter.toX12(new ClaimStatusInquiry(
                ENVELOPE,
                "CST-" + pcn + "-" + payerId,
                payerId,
                payerId,
                "AUSTIN FAMILY MEDICINE",
                "1111111112",
                memberId,
                "JANE",
                "DOE",
                pcn,
                18500,
                LocalDate.of(2026, 12, 1)));
        ClaimStatusReport report = ClaimStatusReader.readReport(given().contentType("application/edi-x12")
                .body(x276.getBytes(StandardCharsets.US_ASCII))
                .post("/v1/claim-status")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        return report.category() + ":" + report.statusCode() + " paid " + report.paidCents();
    }

    private ClaimStatuses() {}
}
