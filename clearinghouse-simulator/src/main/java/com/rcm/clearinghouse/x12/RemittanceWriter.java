package com.rcm.clearinghouse.x12;

import com.rcm.clearinghouse.domain.PayerContract;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.x12.SegmentWriter;
import com.rcm.x12.X12Amounts;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the payer's 835 005010X221A1 for claims of one payer and one payee: an ACH payment (BPR)
 * of the sum paid, its trace number (TRN), and per claim a CLP with one SVC per line carrying the
 * contractual write-off (CAS*CO*45), the coinsurance (CAS*PR*2) and the line control number (REF*6R).
 */
public final class RemittanceWriter {
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final String PAYER_TAX_ID = "1512345678";

    public static String write(List<ReceivedClaim> claims, PayerContract contract, String clearinghouseId,
            long traceNumber) {
        return SegmentWriter.interchange(segments -> interchange(segments, claims, contract, clearinghouseId,
                traceNumber));
    }

    private static void interchange(SegmentWriter w, List<ReceivedClaim> claims, PayerContract contract,
            String clearinghouseId, long trace) throws EDIStreamException {
        ReceivedClaim first = claims.get(0);
        LocalDateTime now = LocalDateTime.now();
        String control = String.format("%09d", trace);
        String group = String.valueOf(trace);
        long paid = claims.stream().flatMap(c -> c.lines().stream())
                .mapToLong(l -> contract.adjudicate(l.chargeCents()).paidCents()).sum();

        w.envelope("ISA", "00", SegmentWriter.pad("", 10), "00", SegmentWriter.pad("", 10), "ZZ",
                SegmentWriter.pad(clearinghouseId, 15), "ZZ", SegmentWriter.pad(first.senderId(), 15),
                now.format(YYMMDD), now.format(HHMM), "^", "00501", control, "0", "P", ":");
        w.envelope("GS", "HP", clearinghouseId, first.senderId(), now.format(CCYYMMDD), now.format(HHMM), group, "X",
                "005010X221A1");
        w.segment("ST", "835", "0001");
        w.segment("BPR", "I", X12Amounts.of(paid), "C", "ACH", "CCP", "01", "999999999", "DA", "123456",
                PAYER_TAX_ID, "", "01", "999988880", "DA", "98765", now.format(CCYYMMDD));
        w.segment("TRN", "1", "SIM" + trace, PAYER_TAX_ID);
        w.segment("DTM", "405", now.format(CCYYMMDD));
        w.segment("N1", "PR", first.payerName(), "XV", first.payerId());
        w.segment("N1", "PE", first.billingProviderName(), "XX", first.billingProviderNpi());
        w.segment("LX", "1");
        int claimNumber = 0;
        for (ReceivedClaim claim : claims) {
            claim(w, claim, contract, trace + "-" + (++claimNumber));
        }
        w.endTransaction("0001");
        w.envelope("GE", "1", group);
        w.envelope("IEA", "1", control);
    }

    private static void claim(SegmentWriter w, ReceivedClaim claim, PayerContract contract, String payerClaimNumber)
            throws EDIStreamException {
        long charge = 0;
        long paid = 0;
        long coinsurance = 0;
        for (ReceivedClaim.Line line : claim.lines()) {
            PayerContract.LineDecision decision = contract.adjudicate(line.chargeCents());
            charge += decision.chargeCents();
            paid += decision.paidCents();
            coinsurance += decision.coinsuranceCents();
        }
        w.segment("CLP", claim.patientControlNumber(), "1", X12Amounts.of(charge), X12Amounts.of(paid),
                X12Amounts.of(coinsurance), "12", "SIM" + payerClaimNumber, "11", "1");
        w.segment("NM1", "QC", "1", claim.patientLastName(), claim.patientFirstName(), "", "", "", "MI",
                claim.memberId());
        for (ReceivedClaim.Line line : claim.lines()) {
            PayerContract.LineDecision decision = contract.adjudicate(line.chargeCents());
            EDIStreamWriter svc = w.startSegment("SVC");
            svc.writeStartElement().writeComponent("HC").writeComponent(line.code());
            for (String modifier : line.modifiers()) {
                svc.writeComponent(modifier);
            }
            svc.endElement();
            svc.writeElement(X12Amounts.of(decision.chargeCents())).writeElement(X12Amounts.of(decision.paidCents()))
                    .writeEmptyElement().writeElement(String.valueOf(line.units()));
            w.endSegment();
            if (line.dateOfService() != null) {
                w.segment("DTM", "472", line.dateOfService().format(CCYYMMDD));
            }
            if (decision.contractualCents() != 0) {
                w.segment("CAS", "CO", "45", X12Amounts.of(decision.contractualCents()));
            }
            if (decision.coinsuranceCents() != 0) {
                w.segment("CAS", "PR", "2", X12Amounts.of(decision.coinsuranceCents()));
            }
            if (line.lineControlNumber() != null) {
                w.segment("REF", "6R", line.lineControlNumber());
            }
            w.segment("AMT", "B6", X12Amounts.of(decision.allowedCents()));
        }
    }

    private RemittanceWriter() {
    }
}
