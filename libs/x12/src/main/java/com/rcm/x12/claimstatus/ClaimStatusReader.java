package com.rcm.x12.claimstatus;

import com.rcm.x12.InquiryParties;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import java.time.LocalDate;
import java.util.List;

/** Reads the 276 and 277 (005010X212) of one claim; the envelope is checked by StAEDI. */
public final class ClaimStatusReader {

    public static ClaimStatusInquiry readInquiry(String x12) {
        Read r = read(x12, "276");
        InquiryParties p = r.parties;
        return new ClaimStatusInquiry(
                p.envelope(),
                r.trace,
                p.payerId(),
                p.payerName(),
                p.providerName(),
                p.providerNpi(),
                p.memberId(),
                p.firstName(),
                p.lastName(),
                r.patientControlNumber,
                r.chargeCents,
                r.dateOfService);
    }

    public static ClaimStatusReport readReport(String x12) {
        Read r = read(x12, "277");
        if (r.stc == null) {
            throw new InvalidX12Exception(List.of("a 277 states the claim's status (STC)"));
        }
        return new ClaimStatusReport(
                r.parties.envelope(),
                r.trace,
                r.parties.payerId(),
                r.parties.payerName(),
                r.patientControlNumber,
                r.stc.component(1, 1),
                r.stc.component(1, 2),
                X12Dates.parseD8(r.stc.optional(2)),
                X12Amounts.toCentsOrZero(r.stc.optional(4)),
                X12Amounts.toCentsOrZero(r.stc.optional(5)),
                r.payerClaimNumber);
    }

    /** The parties, and what 276 and 277 say of the claim. */
    private static final class Read {
        final InquiryParties parties;
        String trace;
        String patientControlNumber;
        String payerClaimNumber;
        long chargeCents;
        LocalDate dateOfService;
        Segment stc;

        Read(String transactionSet) {
            parties = new InquiryParties(transactionSet);
        }
    }

    private static Read read(String x12, String transactionSet) {
        Read r = new Read(transactionSet);
        for (Segment s : SegmentReader.read(x12)) {
            if (r.parties.accept(s)) {
                continue;
            }
            switch (s.tag()) {
                case "TRN" -> r.trace = s.element(2);
                case "STC" -> r.stc = r.stc == null ? s : r.stc;
                case "REF" -> {
                    if ("EJ".equals(s.element(1))) {
                        r.patientControlNumber = s.element(2);
                    } else if ("1K".equals(s.element(1))) {
                        r.payerClaimNumber = s.element(2);
                    }
                }
                case "AMT" -> {
                    if ("T3".equals(s.element(1))) {
                        r.chargeCents = X12Amounts.cents(s.element(2));
                    }
                }
                case "DTP" -> {
                    if ("472".equals(s.element(1))) {
                        r.dateOfService = X12Dates.parseD8(s.element(3).split("-")[0]);
                    }
                }
                default -> {}
            }
        }
        r.parties.require(r.patientControlNumber, "the claim's patient control number (REF*EJ)");
        return r;
    }

    private ClaimStatusReader() {}
}
