package com.rcm.payments.x12;

import com.rcm.events.payload.Adjustment;
import com.rcm.payments.domain.GuideWarning;
import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.payments.domain.RemittanceFile;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.X12Exception;
import com.rcm.x12.X12Issue;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.remittance.ClaimPayment;
import com.rcm.x12.remittance.Remittance;
import com.rcm.x12.remittance.RemittanceBalance;
import com.rcm.x12.remittance.RemittanceReader;
import com.rcm.x12.remittance.ServicePayment;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads an 835 005010X221A1 with the platform's streaming reader (StAEDI, validated against the 835
 * schema) into one {@link RemittanceAdvice} per transaction set: the payment (BPR, TRN), payer and payee
 * (N1), each claim payment (CLP) with its adjustments (CAS) and service lines (SVC, with REF*6R line
 * control numbers and LQ*HE remark codes), and provider-level adjustments (PLB). Liberal in what it
 * takes: a file is refused (naming every reason) only when its envelope cannot be read, an amount
 * cannot be read, or a payment has no trace number to tell it from another; every other departure
 * from the guide comes back as a {@link GuideWarning} and the file goes on to posting. Each payment is
 * balanced here, on the 835 as read, by libs/x12's {@link RemittanceBalance}. The CAS are mapped where
 * they are read: libs/events' {@code Adjustment} and libs/x12's share a name, so only one is named here.
 */
public final class RemittanceParser {
    private static final int MAX_ERRORS = 20;

    public static RemittanceFile parse(String x12) {
        if (x12 == null || !x12.stripLeading().startsWith("ISA")) {
            throw new InvalidX12Exception(List.of("an X12 interchange starts with an ISA segment"));
        }
        X12ReadResult<Remittance> read;
        try {
            read = new RemittanceReader().read(x12.stripLeading());
        } catch (X12Exception e) {
            throw new InvalidX12Exception(List.of("the envelope cannot be read: " + e.getMessage()));
        }
        if (read.transactions().isEmpty()) {
            List<String> reasons = new ArrayList<>(List.of("the interchange holds no complete 835 transaction set"));
            read.issues().stream().limit(MAX_ERRORS).map(X12Issue::toString).forEach(reasons::add);
            throw new InvalidX12Exception(reasons);
        }
        List<String> untraceable = new ArrayList<>();
        for (int i = 0; i < read.transactions().size(); i++) {
            String trace = read.transactions().get(i).traceNumber();
            if (trace == null || trace.isBlank()) {
                untraceable.add("payment " + (i + 1) + " of the file has no TRN02 trace number, so it could not be "
                        + "told from a payment posted before");
            }
        }
        if (!untraceable.isEmpty()) {
            throw new InvalidX12Exception(untraceable);
        }
        return new RemittanceFile(
                read.transactions().stream().map(RemittanceParser::advice).toList(),
                read.issues().stream().map(RemittanceParser::warning).toList());
    }

    private static GuideWarning warning(X12Issue issue) {
        return new GuideWarning(
                issue.segmentTag(),
                issue.segmentPosition(),
                issue.elementPosition() > 0 ? issue.elementPosition() : null,
                issue.error(),
                issue.expected(),
                issue.text() == null || issue.text().isEmpty() ? null : issue.text());
    }

    private static RemittanceAdvice advice(Remittance r) {
        String payerId =
                firstPresent(r.payer().id(), r.originatingCompanyId(), r.payer().name());
        return new RemittanceAdvice(
                payerId,
                r.payer().name(),
                r.payee().npi(),
                r.traceNumber(),
                r.payment().method().name(),
                r.payment().paymentDate(),
                r.payment().totalPaymentCents(),
                r.claims().stream().map(RemittanceParser::claim).toList(),
                r.providerAdjustments().stream()
                        .map(plb -> new RemittanceAdvice.ProviderAdjustment(
                                plb.reasonCode(), plb.reference(), plb.amountCents()))
                        .toList(),
                RemittanceBalance.check(r).stream()
                        .map(RemittanceBalance.Imbalance::describe)
                        .toList());
    }

    private static RemittanceAdvice.ClaimPaymentAdvice claim(ClaimPayment c) {
        return new RemittanceAdvice.ClaimPaymentAdvice(
                c.patientControlNumber(),
                c.statusCode(),
                c.chargeCents(),
                c.paidCents(),
                c.patientResponsibilityCents(),
                c.payerClaimControlNumber(),
                c.adjustments().stream()
                        .map(a -> new Adjustment(a.groupCode(), a.reasonCode(), a.amountCents()))
                        .toList(),
                c.services().stream().map(RemittanceParser::line).toList());
    }

    private static RemittanceAdvice.ServicePaymentAdvice line(ServicePayment s) {
        int units = s.units() == null
                ? 1
                : s.units().setScale(0, RoundingMode.HALF_UP).intValue();
        return new RemittanceAdvice.ServicePaymentAdvice(
                s.procedureCode(),
                s.modifiers(),
                s.chargeCents(),
                s.paidCents(),
                units,
                s.lineControlNumber(),
                s.adjustments().stream()
                        .map(a -> new Adjustment(a.groupCode(), a.reasonCode(), a.amountCents()))
                        .toList(),
                s.remarkCodes());
    }

    private static String firstPresent(String... values) {
        return Stream.of(values)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse("");
    }

    private RemittanceParser() {}
}
