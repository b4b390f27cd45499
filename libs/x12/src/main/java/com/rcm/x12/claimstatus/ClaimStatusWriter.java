package com.rcm.x12.claimstatus;

import com.rcm.x12.InterchangeWriter;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the 276 and 277 (005010X212) of one claim: payer (2000A), the clearinghouse or provider
 * asking (2000B, 2000C), the subscriber (2000D), and the claim (2200D) by its trace, patient control
 * number, charge and date of service; the 277 adds the status (STC) and the payer's claim number.
 */
public final class ClaimStatusWriter {
    public static final String IMPLEMENTATION = "005010X212";

    public static String toX12(ClaimStatusInquiry inquiry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeWriter x12 =
                InterchangeWriter.start(out, false, inquiry.envelope(), "HR", "276", IMPLEMENTATION, IMPLEMENTATION);
        x12.segment(
                "BHT",
                "0010",
                "13",
                inquiry.traceNumber(),
                X12Dates.d8(inquiry.envelope().createdAt().toLocalDate()),
                X12Dates.hhmm(inquiry.envelope().createdAt().toLocalTime()));
        parties(x12, inquiry.payerName(), inquiry.payerId(), inquiry.providerName(), inquiry.providerNpi());
        x12.segment("HL", "4", "3", "22", "0");
        x12.segment("NM1", "IL", "1", inquiry.lastName(), inquiry.firstName(), "", "", "", "MI", inquiry.memberId());
        x12.segment("TRN", "1", inquiry.traceNumber());
        x12.segment("REF", "EJ", inquiry.patientControlNumber());
        x12.segment("AMT", "T3", X12Amounts.formatNonNegative(inquiry.chargeCents(), "AMT*T3 claim charge"));
        String dos = X12Dates.d8(inquiry.dateOfService());
        x12.segment("DTP", "472", "RD8", dos + "-" + dos);
        x12.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String toX12(ClaimStatusReport report, ClaimStatusInquiry answering) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeWriter x12 =
                InterchangeWriter.start(out, false, report.envelope(), "HN", "277", IMPLEMENTATION, IMPLEMENTATION);
        x12.segment(
                "BHT",
                "0010",
                "08",
                report.traceNumber(),
                X12Dates.d8(report.envelope().createdAt().toLocalDate()),
                X12Dates.hhmm(report.envelope().createdAt().toLocalTime()),
                "DG");
        parties(x12, report.payerName(), report.payerId(), answering.providerName(), answering.providerNpi());
        x12.segment("HL", "4", "3", "22", "0");
        x12.segment(
                "NM1", "IL", "1", answering.lastName(), answering.firstName(), "", "", "", "MI", answering.memberId());
        x12.segment("TRN", "2", report.traceNumber());
        x12.segment(
                "STC",
                new String[] {report.category(), report.statusCode()},
                X12Dates.d8(report.statusDate()),
                "",
                X12Amounts.format(report.chargeCents()),
                X12Amounts.format(report.paidCents()));
        if (report.payerClaimNumber() != null) {
            x12.segment("REF", "1K", report.payerClaimNumber());
        }
        x12.segment("REF", "EJ", report.patientControlNumber());
        String dos = X12Dates.d8(answering.dateOfService());
        x12.segment("DTP", "472", "RD8", dos + "-" + dos);
        x12.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void parties(
            InterchangeWriter x12, String payerName, String payerId, String providerName, String providerNpi) {
        x12.segment("HL", "1", "", "20", "1");
        x12.segment("NM1", "PR", "2", payerName, "", "", "", "", "PI", payerId);
        x12.segment("HL", "2", "1", "21", "1");
        x12.segment("NM1", "41", "2", providerName, "", "", "", "", "46", providerNpi);
        x12.segment("HL", "3", "2", "19", "1");
        x12.segment("NM1", "1P", "2", providerName, "", "", "", "", "XX", providerNpi);
    }

    private ClaimStatusWriter() {}
}
