package com.rcm.x12.claimstatus;

import com.rcm.x12.EnvelopeReader;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import com.rcm.x12.X12Text;
import java.time.LocalDate;
import java.util.List;

/** Reads the 276 and 277 (005010X212) of one claim; the envelope is checked by StAEDI. */
public final class ClaimStatusReader {

    public static ClaimStatusInquiry readInquiry(String x12) {
        Read r = read(x12, "276");
        return new ClaimStatusInquiry(r.envelope.envelope(), r.trace, r.payerId, r.payerName, r.providerName,
                r.providerNpi, r.memberId, r.firstName, r.lastName, r.patientControlNumber, r.chargeCents,
                r.dateOfService);
    }

    public static ClaimStatusReport readReport(String x12) {
        Read r = read(x12, "277");
        if (r.stc == null) {
            throw new InvalidX12Exception(List.of("a 277 states the claim's status (STC)"));
        }
        return new ClaimStatusReport(r.envelope.envelope(), r.trace, r.payerId, r.payerName, r.patientControlNumber,
                r.stc.component(1, 1), r.stc.component(1, 2), X12Dates.parseD8(r.stc.optional(2)),
                X12Amounts.toCentsOrZero(r.stc.optional(4)), X12Amounts.toCentsOrZero(r.stc.optional(5)),
                r.payerClaimNumber);
    }

    private static final class Read {
        final EnvelopeReader envelope = new EnvelopeReader();
        String trace;
        String payerId;
        String payerName;
        String providerName;
        String providerNpi;
        String memberId;
        String firstName;
        String lastName;
        String patientControlNumber;
        String payerClaimNumber;
        long chargeCents;
        LocalDate dateOfService;
        Segment stc;
    }

    private static Read read(String x12, String transactionSet) {
        Read r = new Read();
        boolean seen = false;
        for (Segment s : SegmentReader.read(x12)) {
            if (r.envelope.accept(s)) {
                if ("ST".equals(s.tag())) {
                    if (!transactionSet.equals(s.element(1))) {
                        throw new InvalidX12Exception(List.of("expected a " + transactionSet + ", got ST*" + s.element(1)));
                    }
                    seen = true;
                }
                continue;
            }
            switch (s.tag()) {
                case "NM1" -> {
                    switch (s.element(1)) {
                        case "PR" -> {
                            r.payerName = s.optional(3);
                            r.payerId = s.optional(9);
                        }
                        case "1P" -> {
                            r.providerName = s.optional(3);
                            r.providerNpi = s.optional(9);
                        }
                        case "IL" -> {
                            r.lastName = s.optional(3);
                            r.firstName = s.optional(4);
                            r.memberId = s.optional(9);
                        }
                        default -> {
                        }
                    }
                }
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
                default -> {
                }
            }
        }
        if (!seen || X12Text.isBlank(r.patientControlNumber) || X12Text.isBlank(r.payerId)) {
            throw new InvalidX12Exception(List.of("a " + transactionSet + " names a payer (NM1*PR) and the claim's "
                    + "patient control number (REF*EJ)"));
        }
        return r;
    }

    private ClaimStatusReader() {
    }
}
