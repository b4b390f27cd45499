package com.rcm.payments.x12;

import com.rcm.events.payload.Adjustment;
import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an 835 005010X221A1 into one {@link RemittanceAdvice} per transaction set (ST/SE): the payment
 * (BPR, TRN), payer and payee (N1), each claim payment (CLP) with its adjustments (CAS) and service
 * lines (SVC, with REF*6R line control numbers), and provider-level adjustments (PLB).
 */
public final class RemittanceParser {
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    public static List<RemittanceAdvice> parse(String x12) {
        List<RemittanceAdvice> advices = new ArrayList<>();
        Transaction transaction = null;
        for (Segment segment : SegmentReader.read(x12)) {
            switch (segment.tag()) {
                case "ST" -> {
                    if (!"835".equals(segment.element(1))) {
                        throw new InvalidX12Exception(List.of("not an 835: ST01 is " + segment.element(1)));
                    }
                    transaction = new Transaction();
                }
                case "SE" -> {
                    if (transaction != null) {
                        advices.add(transaction.finish());
                        transaction = null;
                    }
                }
                default -> {
                    if (transaction != null) {
                        transaction.accept(segment);
                    }
                }
            }
        }
        if (advices.isEmpty()) {
            throw new InvalidX12Exception(List.of("the interchange holds no 835 transaction set"));
        }
        return advices;
    }

    /** State of one transaction set while its segments stream by. */
    private static final class Transaction {
        private String payerId = "";
        private String payerName;
        private String payeeNpi;
        private String traceNumber = "";
        private String originatingCompany = "";
        private String method;
        private LocalDate paymentDate;
        private long paymentCents;
        private String entity = "";
        private ClaimBuilder claim;
        private LineBuilder line;
        private final List<RemittanceAdvice.ClaimPaymentAdvice> claims = new ArrayList<>();
        private final List<RemittanceAdvice.ProviderAdjustment> plb = new ArrayList<>();

        void accept(Segment s) {
            switch (s.tag()) {
                case "BPR" -> {
                    paymentCents = cents(s.element(2));
                    method = s.element(4);
                    paymentDate = date(s.element(16));
                }
                case "TRN" -> {
                    traceNumber = s.element(2);
                    originatingCompany = s.element(3);
                }
                case "N1" -> n1(s);
                case "REF" -> ref(s);
                case "CLP" -> {
                    closeClaim();
                    claim = new ClaimBuilder(s);
                }
                case "SVC" -> {
                    closeLine();
                    line = new LineBuilder(s);
                }
                case "CAS" -> {
                    List<Adjustment> adjustments = line != null ? line.adjustments : claim != null ? claim.adjustments : null;
                    if (adjustments != null) {
                        adjustments.addAll(cas(s));
                    }
                }
                case "LQ" -> {
                    if (line != null && "HE".equals(s.element(1))) {
                        line.remarkCodes.add(s.element(2));
                    }
                }
                case "PLB" -> {
                    closeClaim();
                    for (int i = 3; i + 1 <= s.elements().size(); i += 2) {
                        if (!s.component(i, 1).isEmpty()) {
                            plb.add(new RemittanceAdvice.ProviderAdjustment(s.component(i, 1), s.component(i, 2),
                                    cents(s.element(i + 1))));
                        }
                    }
                }
                default -> {
                }
            }
        }

        private void n1(Segment s) {
            entity = s.element(1);
            if ("PR".equals(entity)) {
                payerName = s.element(2);
                if (!s.element(4).isEmpty()) {
                    payerId = s.element(4);
                }
            } else if ("PE".equals(entity) && "XX".equals(s.element(3))) {
                payeeNpi = s.element(4);
            }
        }

        private void ref(Segment s) {
            if (line != null && "6R".equals(s.element(1))) {
                line.lineControlNumber = s.element(2);
            } else if (claim == null && "PR".equals(entity) && "2U".equals(s.element(1))) {
                payerId = s.element(2);
            }
        }

        private void closeLine() {
            if (line != null && claim != null) {
                claim.lines.add(line.build());
            }
            line = null;
        }

        private void closeClaim() {
            closeLine();
            if (claim != null) {
                claims.add(claim.build());
            }
            claim = null;
        }

        RemittanceAdvice finish() {
            closeClaim();
            String payer = !payerId.isEmpty() ? payerId : !originatingCompany.isEmpty() ? originatingCompany : payerName;
            if (traceNumber.isEmpty()) {
                throw new InvalidX12Exception(List.of("the 835 has no TRN trace number"));
            }
            return new RemittanceAdvice(payer, payerName, payeeNpi, traceNumber, method, paymentDate, paymentCents,
                    List.copyOf(claims), List.copyOf(plb));
        }
    }

    private static final class ClaimBuilder {
        final String pcn;
        final String status;
        final long charge;
        final long paid;
        final long patientResponsibility;
        final String payerClaimControlNumber;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<RemittanceAdvice.ServicePaymentAdvice> lines = new ArrayList<>();

        ClaimBuilder(Segment clp) {
            pcn = clp.element(1);
            status = clp.element(2);
            charge = cents(clp.element(3));
            paid = cents(clp.element(4));
            patientResponsibility = clp.element(5).isEmpty() ? 0 : cents(clp.element(5));
            payerClaimControlNumber = clp.element(7);
        }

        RemittanceAdvice.ClaimPaymentAdvice build() {
            return new RemittanceAdvice.ClaimPaymentAdvice(pcn, status, charge, paid, patientResponsibility,
                    payerClaimControlNumber, List.copyOf(adjustments), List.copyOf(lines));
        }
    }

    private static final class LineBuilder {
        final String code;
        final List<String> modifiers;
        final long charge;
        final long paid;
        final Integer units;
        String lineControlNumber;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<String> remarkCodes = new ArrayList<>();

        LineBuilder(Segment svc) {
            List<String> procedure = svc.components(1);
            code = procedure.size() > 1 ? procedure.get(1) : svc.element(1);
            modifiers = procedure.size() > 2 ? List.copyOf(procedure.subList(2, procedure.size())) : List.of();
            charge = cents(svc.element(2));
            paid = cents(svc.element(3));
            units = svc.element(5).isEmpty() ? 1 : new BigDecimal(svc.element(5)).intValue();
        }

        RemittanceAdvice.ServicePaymentAdvice build() {
            return new RemittanceAdvice.ServicePaymentAdvice(code, modifiers, charge, paid, units, lineControlNumber,
                    List.copyOf(adjustments), List.copyOf(remarkCodes));
        }
    }

    /** A CAS segment carries a group code and up to six (reason, amount, quantity) triplets. */
    private static List<Adjustment> cas(Segment s) {
        List<Adjustment> adjustments = new ArrayList<>();
        String group = s.element(1);
        for (int i = 2; i <= 17; i += 3) {
            String reason = s.element(i);
            if (!reason.isEmpty()) {
                adjustments.add(new Adjustment(group, reason, cents(s.element(i + 1))));
            }
        }
        return adjustments;
    }

    static long cents(String amount) {
        return X12Amounts.cents(amount);
    }

    private static LocalDate date(String ccyymmdd) {
        try {
            return ccyymmdd == null || ccyymmdd.isEmpty() ? null : LocalDate.parse(ccyymmdd, CCYYMMDD);
        } catch (RuntimeException e) {
            throw new InvalidX12Exception(List.of("not a CCYYMMDD date: " + ccyymmdd));
        }
    }

    private RemittanceParser() {
    }
}
