package com.rcm.x12.eligibility;

import com.rcm.x12.InterchangeWriter;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes 270 inquiries and 271 answers (005010X279A1) for one subscriber each: information source
 * (payer, 2100A), receiver (provider, 2100B), subscriber (2100C) with its trace, and for the 271 the
 * benefits as EB segments: status (EB01 1 active or 6 inactive, with the plan), copay per visit (B),
 * coinsurance (A), deductible for the plan year and what remains of it (C), each marked in or out of
 * network (EB12). The envelope is checked against StAEDI's control schema while writing.
 */
public final class EligibilityWriter {
    public static final String IMPLEMENTATION = "005010X279A1";
    /** Service type 30: health benefit plan coverage. */
    public static final String PLAN_COVERAGE = "30";

    public static String toX12(EligibilityInquiry inquiry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeWriter x12 =
                InterchangeWriter.start(out, false, inquiry.envelope(), "HS", "270", IMPLEMENTATION, IMPLEMENTATION);
        x12.segment(
                "BHT",
                "0022",
                "13",
                inquiry.traceNumber(),
                X12Dates.d8(inquiry.envelope().createdAt().toLocalDate()),
                X12Dates.hhmm(inquiry.envelope().createdAt().toLocalTime()));
        parties(x12, inquiry.payerName(), inquiry.payerId(), inquiry.providerName(), inquiry.providerNpi());
        x12.segment("HL", "3", "2", "22", "0");
        x12.segment("TRN", "1", inquiry.traceNumber(), "9" + inquiry.providerNpi());
        x12.segment("NM1", "IL", "1", inquiry.lastName(), inquiry.firstName(), "", "", "", "MI", inquiry.memberId());
        if (inquiry.dateOfBirth() != null) {
            x12.segment("DMG", "D8", X12Dates.d8(inquiry.dateOfBirth()));
        }
        x12.segment("DTP", "291", "D8", X12Dates.d8(inquiry.dateOfService()));
        x12.segment("EQ", PLAN_COVERAGE);
        x12.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String toX12(EligibilityResponse response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeWriter x12 =
                InterchangeWriter.start(out, false, response.envelope(), "HB", "271", IMPLEMENTATION, IMPLEMENTATION);
        x12.segment(
                "BHT",
                "0022",
                "11",
                response.traceNumber(),
                X12Dates.d8(response.envelope().createdAt().toLocalDate()),
                X12Dates.hhmm(response.envelope().createdAt().toLocalTime()));
        parties(x12, response.payerName(), response.payerId(), response.providerName(), response.providerNpi());
        x12.segment("HL", "3", "2", "22", "0");
        x12.segment("TRN", "2", response.traceNumber(), "9" + response.providerNpi());
        x12.segment("NM1", "IL", "1", response.lastName(), response.firstName(), "", "", "", "MI", response.memberId());
        if (response.status() == EligibilityResponse.Status.MEMBER_NOT_FOUND) {
            // 2100C AAA: not valid (N), subscriber not found (75), correct and resubmit (C).
            x12.segment("AAA", "N", "", response.rejectReason() == null ? "75" : response.rejectReason(), "C");
            x12.finish();
            return out.toString(StandardCharsets.UTF_8);
        }
        x12.segment("DTP", "291", "D8", X12Dates.d8(response.dateOfService()));
        boolean active = response.status() == EligibilityResponse.Status.ACTIVE;
        x12.segment("EB", active ? "1" : "6", "IND", PLAN_COVERAGE, "", response.planName());
        if (active) {
            String network = response.inNetwork() == null ? "" : response.inNetwork() ? "Y" : "N";
            if (response.copayCents() != null) {
                x12.segment(
                        "EB",
                        "B",
                        "IND",
                        PLAN_COVERAGE,
                        "",
                        "",
                        "27",
                        X12Amounts.formatNonNegative(response.copayCents(), "EB07 copay"),
                        "",
                        "",
                        "",
                        "",
                        network);
            }
            if (response.coinsurancePercent() != null) {
                x12.segment(
                        "EB",
                        "A",
                        "IND",
                        PLAN_COVERAGE,
                        "",
                        "",
                        "27",
                        "",
                        BigDecimal.valueOf(response.coinsurancePercent(), 2)
                                .stripTrailingZeros()
                                .toPlainString(),
                        "",
                        "",
                        "",
                        network);
            }
            if (response.deductibleCents() != null) {
                x12.segment(
                        "EB",
                        "C",
                        "IND",
                        PLAN_COVERAGE,
                        "",
                        "",
                        "23",
                        X12Amounts.formatNonNegative(response.deductibleCents(), "EB07 deductible"),
                        "",
                        "",
                        "",
                        "",
                        network);
            }
            if (response.deductibleRemainingCents() != null) {
                x12.segment(
                        "EB",
                        "C",
                        "IND",
                        PLAN_COVERAGE,
                        "",
                        "",
                        "29",
                        X12Amounts.formatNonNegative(response.deductibleRemainingCents(), "EB07 deductible remaining"),
                        "",
                        "",
                        "",
                        "",
                        network);
            }
        }
        x12.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** 2000A/2100A the payer (PR, PI id), 2000B/2100B the provider asking (1P, XX NPI). */
    private static void parties(
            InterchangeWriter x12, String payerName, String payerId, String providerName, String providerNpi) {
        x12.segment("HL", "1", "", "20", "1");
        x12.segment("NM1", "PR", "2", payerName, "", "", "", "", "PI", payerId);
        x12.segment("HL", "2", "1", "21", "1");
        x12.segment("NM1", "1P", "2", providerName, "", "", "", "", "XX", providerNpi);
    }

    private EligibilityWriter() {}
}
