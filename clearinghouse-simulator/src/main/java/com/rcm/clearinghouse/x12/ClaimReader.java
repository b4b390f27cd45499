package com.rcm.clearinghouse.x12;

import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Amounts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the claims of an 837P interchange. Billing provider (NM1*85), subscriber (NM1*IL) and payer
 * (NM1*PR) carry over to every claim (CLM) below them until the next one of their kind.
 */
public final class ClaimReader {

    public static List<ReceivedClaim> read(String x12) {
        List<ReceivedClaim> claims = new ArrayList<>();
        String sender = "";
        String providerName = "";
        String providerNpi = "";
        String payerName = "";
        String payerId = "";
        String memberId = "";
        String lastName = "";
        String firstName = "";
        ClaimBuilder claim = null;
        boolean sawTransaction = false;
        for (Segment s : SegmentReader.read(x12)) {
            switch (s.tag()) {
                case "ISA" -> sender = s.element(6).trim();
                case "ST" -> {
                    if (!"837".equals(s.element(1))) {
                        throw new InvalidX12Exception(List.of("not an 837: ST01 is " + s.element(1)));
                    }
                    sawTransaction = true;
                }
                case "NM1" -> {
                    switch (s.element(1)) {
                        case "85" -> {
                            providerName = s.element(3);
                            providerNpi = s.element(9);
                        }
                        case "IL" -> {
                            lastName = s.element(3);
                            firstName = s.element(4);
                            memberId = s.element(9);
                        }
                        case "PR" -> {
                            payerName = s.element(3);
                            payerId = s.element(9);
                        }
                        default -> {
                        }
                    }
                }
                case "CLM" -> {
                    if (claim != null) {
                        claims.add(claim.build());
                    }
                    claim = new ClaimBuilder(new ReceivedClaim(sender, providerName, providerNpi, payerName, payerId,
                            memberId, lastName, firstName, s.element(1), X12Amounts.cents(s.element(2)),
                            s.component(5, 3).isEmpty() ? "1" : s.component(5, 3), List.of()));
                }
                case "SV1" -> {
                    if (claim == null) {
                        throw new InvalidX12Exception(List.of("SV1 before any CLM"));
                    }
                    claim.startLine(s);
                }
                case "DTP" -> {
                    if (claim != null && "472".equals(s.element(1))) {
                        claim.lineDate(LocalDate.parse(s.element(3).substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE)); // D8, or the start of an RD8 range
                    }
                }
                case "REF" -> {
                    if (claim != null && "6R".equals(s.element(1))) {
                        claim.lineControlNumber(s.element(2));
                    }
                }
                default -> {
                }
            }
        }
        if (claim != null) {
            claims.add(claim.build());
        }
        if (!sawTransaction || claims.isEmpty()) {
            throw new InvalidX12Exception(List.of("the interchange holds no 837 claim"));
        }
        return claims;
    }

    private static final class ClaimBuilder {
        private final ReceivedClaim head;
        private final List<ReceivedClaim.Line> lines = new ArrayList<>();
        private String code;
        private List<String> modifiers;
        private long charge;
        private int units;
        private LocalDate date;
        private String lineControlNumber;

        ClaimBuilder(ReceivedClaim head) {
            this.head = head;
        }

        void startLine(Segment sv1) {
            closeLine();
            List<String> procedure = sv1.components(1);
            code = procedure.size() > 1 ? procedure.get(1) : "";
            modifiers = procedure.size() > 2 ? List.copyOf(procedure.subList(2, procedure.size())) : List.of();
            charge = X12Amounts.cents(sv1.element(2));
            units = sv1.element(4).isEmpty() ? 1 : new java.math.BigDecimal(sv1.element(4)).intValue();
            date = null;
            lineControlNumber = null;
        }

        void lineDate(LocalDate value) {
            date = value;
        }

        void lineControlNumber(String value) {
            lineControlNumber = value;
        }

        private void closeLine() {
            if (code != null) {
                lines.add(new ReceivedClaim.Line(code, modifiers, charge, units, date, lineControlNumber));
            }
            code = null;
        }

        ReceivedClaim build() {
            closeLine();
            return new ReceivedClaim(head.senderId(), head.billingProviderName(), head.billingProviderNpi(),
                    head.payerName(), head.payerId(), head.memberId(), head.patientLastName(), head.patientFirstName(),
                    head.patientControlNumber(), head.chargeCents(), head.frequencyCode(), List.copyOf(lines));
        }
    }

    private ClaimReader() {
    }
}
