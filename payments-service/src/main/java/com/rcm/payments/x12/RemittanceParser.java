package com.rcm.payments.x12;

import com.rcm.events.payload.Adjustment;
import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.X12Exception;
import com.rcm.x12.X12Issue;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.remittance.ClaimPayment;
import com.rcm.x12.remittance.Remittance;
import com.rcm.x12.remittance.RemittanceReader;
import com.rcm.x12.remittance.ServicePayment;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads an 835 005010X221A1 with the platform's streaming reader (StAEDI, validated against the 835
 * schema) into one {@link RemittanceAdvice} per transaction set: the payment (BPR, TRN), payer and payee
 * (N1), each claim payment (CLP) with its adjustments (CAS) and service lines (SVC, with REF*6R line
 * control numbers and LQ*HE remark codes), and provider-level adjustments (PLB). A file that breaks
 * the envelope or the schema is refused whole, naming where.
 */
public final class RemittanceParser {
    private static final int MAX_ERRORS = 20;

    public static List<RemittanceAdvice> parse(String x12) {
        if (x12 == null || !x12.stripLeading().startsWith("ISA")) {
            throw new InvalidX12Exception(List.of("an X12 interchange starts with an ISA segment"));
        }
        X12ReadResult<Remittance> read;
        try {
            read = new RemittanceReader().read(x12.stripLeading());
        } catch (X12Exception e) {
            throw new InvalidX12Exception(List.of(e.getMessage()));
        }
        if (!read.issues().isEmpty()) {
            throw new InvalidX12Exception(read.issues().stream().limit(MAX_ERRORS).map(X12Issue::toString).toList());
        }
        if (read.transactions().isEmpty()) {
            throw new InvalidX12Exception(List.of("the interchange holds no 835 transaction set"));
        }
        return read.transactions().stream().map(RemittanceParser::advice).toList();
    }

    private static RemittanceAdvice advice(Remittance r) {
        if (r.traceNumber() == null || r.traceNumber().isEmpty()) {
            throw new InvalidX12Exception(List.of("the 835 has no TRN trace number"));
        }
        String payerId = firstPresent(r.payer().id(), r.originatingCompanyId(), r.payer().name());
        return new RemittanceAdvice(payerId, r.payer().name(), r.payee().npi(), r.traceNumber(),
                r.payment().method().name(), r.payment().paymentDate(), r.payment().totalPaymentCents(),
                r.claims().stream().map(RemittanceParser::claim).toList(),
                r.providerAdjustments().stream().map(plb -> new RemittanceAdvice.ProviderAdjustment(plb.reasonCode(),
                        plb.reference(), plb.amountCents())).toList());
    }

    private static RemittanceAdvice.ClaimPaymentAdvice claim(ClaimPayment c) {
        return new RemittanceAdvice.ClaimPaymentAdvice(c.patientControlNumber(), c.statusCode(), c.chargeCents(),
                c.paidCents(), c.patientResponsibilityCents(), c.payerClaimControlNumber(), adjustments(c.adjustments()),
                c.services().stream().map(RemittanceParser::line).toList());
    }

    private static RemittanceAdvice.ServicePaymentAdvice line(ServicePayment s) {
        int units = s.units() == null ? 1 : s.units().setScale(0, RoundingMode.HALF_UP).intValue();
        return new RemittanceAdvice.ServicePaymentAdvice(s.procedureCode(), s.modifiers(), s.chargeCents(),
                s.paidCents(), units, s.lineControlNumber(), adjustments(s.adjustments()), s.remarkCodes());
    }

    private static List<Adjustment> adjustments(List<com.rcm.x12.remittance.Adjustment> cas) {
        return cas.stream().map(a -> new Adjustment(a.groupCode(), a.reasonCode(), a.amountCents())).toList();
    }

    private static String firstPresent(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
    }

    private RemittanceParser() {
    }
}
