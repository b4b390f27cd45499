package com.rcm.x12.eligibility;

import com.rcm.x12.EnvelopeReader;
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
        Parties p = parties(x12, "270");
        return new EligibilityInquiry(p.envelope.envelope(), p.trace, p.payerId, p.payerName, p.providerName,
                p.providerNpi, p.memberId, p.firstName, p.lastName, p.dateOfBirth, p.dateOfService);
    }

    public static EligibilityResponse readResponse(String x12) {
        Parties p = parties(x12, "271");
        EligibilityResponse.Status status = null;
        String plan = null;
        String reject = null;
        Long copay = null;
        Integer coinsurance = null;
        Long deductible = null;
        Long remaining = null;
        Boolean inNetwork = null;
        for (Segment s : p.segments) {
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
                        case "A" -> coinsurance = new BigDecimal(s.element(8).strip()).movePointRight(2).intValueExact();
                        case "C" -> {
                            if ("29".equals(s.optional(6))) {
                                remaining = X12Amounts.cents(s.element(7));
                            } else {
                                deductible = X12Amounts.cents(s.element(7));
                            }
                        }
                        default -> {
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (status == null) {
            throw new InvalidX12Exception(List.of("271 names neither a benefit status (EB) nor a rejection (AAA)"));
        }
        return new EligibilityResponse(p.envelope.envelope(), p.trace, p.payerId, p.payerName, p.providerName,
                p.providerNpi, p.memberId, p.firstName, p.lastName, p.dateOfService, status, plan, copay, coinsurance,
                deductible, remaining, inNetwork, reject);
    }

    /** What 270 and 271 share: the envelope, the trace, payer, provider and subscriber. */
    private static final class Parties {
        final EnvelopeReader envelope = new EnvelopeReader();
        List<Segment> segments;
        String trace;
        String payerId;
        String payerName;
        String providerName;
        String providerNpi;
        String memberId;
        String firstName;
        String lastName;
        LocalDate dateOfBirth;
        LocalDate dateOfService;
    }

    private static Parties parties(String x12, String transactionSet) {
        Parties p = new Parties();
        p.segments = SegmentReader.read(x12);
        boolean seen = false;
        for (Segment s : p.segments) {
            if (p.envelope.accept(s)) {
                if ("ST".equals(s.tag())) {
                    if (!transactionSet.equals(s.element(1))) {
                        throw new InvalidX12Exception(List.of("expected a " + transactionSet + ", got ST*" + s.element(1)));
                    }
                    seen = true;
                }
                continue;
            }
            switch (s.tag()) {
                case "TRN" -> p.trace = p.trace == null ? s.element(2) : p.trace;
                case "NM1" -> {
                    switch (s.element(1)) {
                        case "PR" -> {
                            p.payerName = s.optional(3);
                            p.payerId = s.optional(9);
                        }
                        case "1P" -> {
                            p.providerName = s.optional(3);
                            p.providerNpi = s.optional(9);
                        }
                        case "IL" -> {
                            p.lastName = s.optional(3);
                            p.firstName = s.optional(4);
                            p.memberId = s.optional(9);
                        }
                        default -> {
                        }
                    }
                }
                case "DMG" -> p.dateOfBirth = X12Dates.parseD8(s.element(2));
                case "DTP" -> {
                    if ("291".equals(s.element(1))) {
                        p.dateOfService = X12Dates.parseD8(s.element(3));
                    }
                }
                default -> {
                }
            }
        }
        if (!seen || X12Text.isBlank(p.memberId) || X12Text.isBlank(p.payerId)) {
            throw new InvalidX12Exception(List.of("a " + transactionSet + " names a payer (NM1*PR) and a subscriber "
                    + "(NM1*IL with a member id)"));
        }
        return p;
    }

    private EligibilityReader() {
    }
}
