package com.rcm.x12.eligibility;

import com.rcm.x12.InquiryParties;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import com.rcm.x12.X12Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the 270 and 271 of one subscriber (the first 2000C of the first transaction set). The
 * envelope is checked by StAEDI; a text that is not the expected transaction set, or names no
 * subscriber, is refused with {@link InvalidX12Exception}.
 */
public final class EligibilityReader {

    public static EligibilityInquiry readInquiry(String x12) {
        Read r = read(x12, "270");
        InquiryParties p = r.parties;
        return new EligibilityInquiry(
                p.envelope(),
                r.trace,
                p.payerId(),
                p.payerName(),
                p.providerName(),
                p.providerNpi(),
                p.memberId(),
                p.firstName(),
                p.lastName(),
                r.dateOfBirth,
                r.dateOfService);
    }

    public static EligibilityResponse readResponse(String x12) {
        Read r = read(x12, "271");
        InquiryParties p = r.parties;
        EligibilityResponse.Status status = null;
        String plan = null;
        String reject = null;
        Long copay = null;
        Integer coinsurance = null;
        Long deductible = null;
        Long remaining = null;
        Boolean inNetwork = null;
        for (Segment s : r.segments) {
            switch (s.tag()) {
                case "AAA" -> {
                    if (status == null) {
                        status = EligibilityResponse.Status.MEMBER_NOT_FOUND;
                        reject = s.optional(3);
                    }
                }
                case "EB" -> {
                    String network = s.optional(12);
                    if (!X12Text.isBlank(network)) {
                        inNetwork = "Y".equals(network);
                    }
                    switch (s.element(1)) {
                        case "1" -> {
                            status = EligibilityResponse.Status.ACTIVE;
                            plan = s.optional(5);
                        }
                        case "6" -> {
                            status = EligibilityResponse.Status.INACTIVE;
                            plan = s.optional(5);
                        }
                        case "B" -> copay = X12Amounts.cents(s.element(7));
                        case "A" ->
                            coinsurance = new BigDecimal(s.element(8).strip())
                                    .movePointRight(2)
                                    .intValueExact();
                        case "C" -> {
                            if ("29".equals(s.optional(6))) {
                                remaining = X12Amounts.cents(s.element(7));
                            } else {
                                deductible = X12Amounts.cents(s.element(7));
                            }
                        }
                        default -> {}
                    }
                }
                default -> {}
            }
        }
        if (status == null) {
            throw new InvalidX12Exception(List.of("271 names neither a benefit status (EB) nor a rejection (AAA)"));
        }
        return new EligibilityResponse(
                p.envelope(),
                r.trace,
                p.payerId(),
                p.payerName(),
                p.providerName(),
                p.providerNpi(),
                p.memberId(),
                p.firstName(),
                p.lastName(),
                r.dateOfService,
                status,
                plan,
                copay,
                coinsurance,
                deductible,
                remaining,
                inNetwork,
                reject);
    }

    /** The segments, the parties, and what 270 and 271 say of the subscriber beyond them. */
    private static final class Read {
        final InquiryParties parties;
        List<Segment> segments;
        String trace;
        LocalDate dateOfBirth;
        LocalDate dateOfService;

        Read(String transactionSet) {
            parties = new InquiryParties(transactionSet);
        }
    }

    private static Read read(String x12, String transactionSet) {
        Read r = new Read(transactionSet);
        r.segments = SegmentReader.read(x12);
        for (Segment s : r.segments) {
            if (r.parties.accept(s)) {
                continue;
            }
            switch (s.tag()) {
                case "TRN" -> r.trace = r.trace == null ? s.element(2) : r.trace;
                case "DMG" -> r.dateOfBirth = X12Dates.parseD8(s.element(2));
                case "DTP" -> {
                    if ("291".equals(s.element(1))) {
                        r.dateOfService = X12Dates.parseD8(s.element(3));
                    }
                }
                default -> {}
            }
        }
        r.parties.require(r.parties.memberId(), "a subscriber (NM1*IL with a member id)");
        return r;
    }

    private EligibilityReader() {}
}
