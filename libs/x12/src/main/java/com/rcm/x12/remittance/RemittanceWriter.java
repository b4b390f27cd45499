package com.rcm.x12.remittance;

import com.rcm.x12.Address;
import com.rcm.x12.InterchangeWriter;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import com.rcm.x12.X12Schemas;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one remittance as an 835 005010X221A1 interchange: BPR, TRN, payer, payee, one LX
 * group of claims, then PLB. Output is validated while it is written against the 005010X221A1
 * implementation schema ({@link X12Schemas#remittance835()}): a remittance the guide does not
 * allow (an unknown CLP02 or CAS01, no TRN03 payer identifier, a payee with neither NPI nor tax
 * id) is refused with an {@link com.rcm.x12.X12Exception}.
 */
public final class RemittanceWriter {

    public static final String IMPLEMENTATION = "005010X221A1";
    private static final int PAIRS_PER_PLB = 6;

    private final boolean prettyPrint;

    public RemittanceWriter() {
        this(false);
    }

    /** @param prettyPrint a newline after each segment terminator, for people reading the file */
    public RemittanceWriter(boolean prettyPrint) {
        this.prettyPrint = prettyPrint;
    }

    public String toX12(Remittance remittance) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(remittance, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the interchange; does not close the stream. */
    public void write(Remittance remittance, OutputStream out) {
        InterchangeWriter x12 = InterchangeWriter.start(
                out, prettyPrint, remittance.envelope(), "HP", "835", IMPLEMENTATION, null, X12Schemas.remittance835());
        writePayment(x12, remittance.payment());
        x12.segment("TRN", "1", remittance.traceNumber(), remittance.originatingCompanyId());
        writePayer(x12, remittance.payer());
        writePayee(x12, remittance.payee());
        if (!remittance.claims().isEmpty()) {
            x12.segment("LX", "1");
            for (ClaimPayment claim : remittance.claims()) {
                writeClaim(x12, claim);
            }
        }
        writeProviderAdjustments(x12, remittance.providerAdjustments());
        x12.finish();
    }

    private static void writePayment(InterchangeWriter x12, PaymentInfo payment) {
        Object[] bpr = new Object[16];
        bpr[0] = payment.transactionHandlingCode();
        // The guide: BPR02 may be zero, but an 835 is never issued for less than zero dollars.
        bpr[1] = X12Amounts.formatNonNegative(payment.totalPaymentCents(), "BPR02 total payment");
        bpr[2] = payment.creditDebitFlag();
        bpr[3] = payment.method().name();
        EftAccounts eft = payment.eftAccounts();
        if (payment.method() == PaymentMethod.ACH && eft != null) {
            // CCP: cash concentration/disbursement plus addenda; 01 = ABA routing number; DA = demand deposit.
            bpr[4] = "CCP";
            bpr[5] = "01";
            bpr[6] = eft.payerRoutingNumber();
            bpr[7] = "DA";
            bpr[8] = eft.payerAccountNumber();
            bpr[9] = eft.originatingCompanyId();
            bpr[11] = "01";
            bpr[12] = eft.payeeRoutingNumber();
            bpr[13] = "DA";
            bpr[14] = eft.payeeAccountNumber();
        }
        bpr[15] = payment.paymentDate() == null ? null : X12Dates.d8(payment.paymentDate());
        x12.segment("BPR", bpr);
    }

    private static void writePayer(InterchangeWriter x12, Payer payer) {
        x12.segment("N1", "PR", payer.name());
        Address address = payer.address();
        if (address != null) {
            x12.segment("N3", address.line1(), address.line2());
            x12.segment("N4", address.city(), address.state(), address.postalCode());
        }
        if (payer.id() != null) {
            x12.segment("REF", "2U", payer.id());
        }
        if (payer.technicalContactPhone() != null) {
            x12.segment("PER", "BL", null, "TE", payer.technicalContactPhone());
        }
    }

    /** The guide requires an id in N103/N104: the NPI (XX), else the tax id (FI). */
    private static void writePayee(InterchangeWriter x12, Payee payee) {
        if (payee.npi() == null && payee.taxId() != null) {
            x12.segment("N1", "PE", payee.name(), "FI", payee.taxId());
            return;
        }
        x12.segment("N1", "PE", payee.name(), payee.npi() == null ? null : "XX", payee.npi());
        if (payee.taxId() != null) {
            x12.segment("REF", "TJ", payee.taxId());
        }
    }

    private static void writeClaim(InterchangeWriter x12, ClaimPayment claim) {
        x12.segment(
                "CLP",
                claim.patientControlNumber(),
                claim.statusCode(),
                X12Amounts.format(claim.chargeCents()),
                X12Amounts.format(claim.paidCents()),
                claim.patientResponsibilityCents() == 0 ? null : X12Amounts.format(claim.patientResponsibilityCents()),
                claim.claimFilingIndicator(),
                claim.payerClaimControlNumber());
        AdjustmentSegments.write(x12, claim.adjustments());
        if (claim.patientLastName() != null) {
            x12.segment(
                    "NM1",
                    "QC",
                    "1",
                    claim.patientLastName(),
                    claim.patientFirstName(),
                    null,
                    null,
                    null,
                    claim.patientMemberId() == null ? null : "MI",
                    claim.patientMemberId());
        }
        CrossoverCarrier crossover = claim.crossoverCarrier();
        if (crossover != null) {
            x12.segment("NM1", "TT", "2", crossover.name(), null, null, null, null, "PI", crossover.payerId());
        }
        if (!claim.remarkCodes().isEmpty()) {
            // MOA01 reimbursement rate and MOA02 HCPCS payable amount are not used; MOA03..07 hold the remarks.
            Object[] moa = new Object[2 + Math.min(5, claim.remarkCodes().size())];
            for (int i = 2; i < moa.length; i++) {
                moa[i] = claim.remarkCodes().get(i - 2);
            }
            x12.segment("MOA", moa);
        }
        for (ServicePayment service : claim.services()) {
            writeService(x12, service);
        }
    }

    private static void writeService(InterchangeWriter x12, ServicePayment service) {
        String[] procedure = new String[2 + service.modifiers().size()];
        procedure[0] = service.procedureQualifier();
        procedure[1] = service.procedureCode();
        for (int i = 0; i < service.modifiers().size(); i++) {
            procedure[2 + i] = service.modifiers().get(i);
        }
        x12.segment(
                "SVC",
                procedure,
                X12Amounts.format(service.chargeCents()),
                X12Amounts.format(service.paidCents()),
                null,
                service.units() == null ? null : X12Amounts.formatQuantity(service.units()));
        if (service.serviceDate() != null) {
            x12.segment("DTM", "472", X12Dates.d8(service.serviceDate()));
        }
        AdjustmentSegments.write(x12, service.adjustments());
        if (service.lineControlNumber() != null) {
            x12.segment("REF", "6R", service.lineControlNumber());
        }
        for (String remark : service.remarkCodes()) {
            x12.segment("LQ", "HE", remark);
        }
    }

    /** Consecutive pairs for the same provider and fiscal period share a PLB, six at most. */
    private static void writeProviderAdjustments(InterchangeWriter x12, List<ProviderAdjustment> adjustments) {
        int start = 0;
        while (start < adjustments.size()) {
            ProviderAdjustment first = adjustments.get(start);
            int end = start;
            while (end < adjustments.size()
                    && end - start < PAIRS_PER_PLB
                    && adjustments.get(end).providerId().equals(first.providerId())
                    && java.util.Objects.equals(adjustments.get(end).fiscalPeriodDate(), first.fiscalPeriodDate())) {
                end++;
            }
            Object[] plb = new Object[2 + 2 * (end - start)];
            plb[0] = first.providerId();
            plb[1] = first.fiscalPeriodDate() == null ? null : X12Dates.d8(first.fiscalPeriodDate());
            for (int i = start; i < end; i++) {
                ProviderAdjustment pair = adjustments.get(i);
                plb[2 + 2 * (i - start)] = new String[] {pair.reasonCode(), pair.reference()};
                plb[3 + 2 * (i - start)] = X12Amounts.format(pair.amountCents());
            }
            x12.segment("PLB", plb);
            start = end;
        }
    }
}
