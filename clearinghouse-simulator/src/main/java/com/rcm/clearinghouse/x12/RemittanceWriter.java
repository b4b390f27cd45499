package com.rcm.clearinghouse.x12;

import com.rcm.clearinghouse.domain.ClaimDecision;
import com.rcm.clearinghouse.domain.PayerContract;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.x12.SegmentWriter;
import com.rcm.x12.X12Amounts;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Writes the payers' 835 005010X221A1 for claims of one payee: per payer a transaction set with an ACH
 * payment (BPR) of the sum paid and its trace number (TRN), and per claim a CLP (status 1 processed,
 * 4 denied) with one SVC per line carrying the contractual write-off (CAS*CO*45) and coinsurance
 * (CAS*PR*2), or the denial (CAS*CO*96 or *4 with its RARC in LQ*HE), and the line control number (REF*6R).
 */
public final class RemittanceWriter {
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final String PAYER_TAX_ID = "1512345678";

    /** @param interestCents interest a payer adds to its payment as a provider-level adjustment (PLB L6) */
    public static String write(List<ClaimDecision> claims, String clearinghouseId, long traceNumber,
            ToLongFunction<String> interestCents) {
        return SegmentWriter.interchange(segments -> interchange(segments, claims, clearinghouseId, traceNumber,
                interestCents));
    }

    private static void interchange(SegmentWriter w, List<ClaimDecision> claims, String clearinghouseId, long trace,
            ToLongFunction<String> interestCents) throws EDIStreamException {
        ReceivedClaim first = claims.get(0).claim();
        LocalDateTime now = LocalDateTime.now();
        String control = String.format("%09d", trace);
        String group = String.valueOf(trace);
        Map<String, List<ClaimDecision>> byPayer = new LinkedHashMap<>();
        claims.forEach(c -> byPayer.computeIfAbsent(c.claim().payerId(), payer -> new ArrayList<>()).add(c));

        w.envelope("ISA", "00", SegmentWriter.pad("", 10), "00", SegmentWriter.pad("", 10), "ZZ",
                SegmentWriter.pad(clearinghouseId, 15), "ZZ", SegmentWriter.pad(first.senderId(), 15),
                now.format(YYMMDD), now.format(HHMM), "^", "00501", control, "0", "P", ":");
        w.envelope("GS", "HP", clearinghouseId, first.senderId(), now.format(CCYYMMDD), now.format(HHMM), group, "X",
                "005010X221A1");
        int transaction = 0;
        int claimNumber = 0;
        for (List<ClaimDecision> payerClaims : byPayer.values()) {
            // One payment (BPR/TRN) per payer, each in a transaction set of its own.
            String st = String.format("%04d", ++transaction);
            String traceNumber = "SIM" + trace + (transaction == 1 ? "" : "-" + transaction);
            ReceivedClaim payer = payerClaims.get(0).claim();
            long interest = interestCents.applyAsLong(payer.payerId());
            // BPR02 = what the claims paid - the PLB amounts; interest is a negative PLB, so it adds.
            long paid = payerClaims.stream().mapToLong(ClaimDecision::paidCents).sum() + interest;
            w.segment("ST", "835", st);
            w.segment("BPR", "I", X12Amounts.of(paid), "C", "ACH", "CCP", "01", "999999999", "DA", "123456",
                    PAYER_TAX_ID, "", "01", "999988880", "DA", "98765", now.format(CCYYMMDD));
            w.segment("TRN", "1", traceNumber, PAYER_TAX_ID);
            w.segment("DTM", "405", now.format(CCYYMMDD));
            w.segment("N1", "PR", payer.payerName(), "XV", payer.payerId());
            w.segment("N1", "PE", payer.billingProviderName(), "XX", payer.billingProviderNpi());
            w.segment("LX", "1");
            for (ClaimDecision claim : payerClaims) {
                claim(w, claim, trace + "-" + (++claimNumber));
            }
            if (interest != 0) {
                w.startSegment("PLB").writeElement(payer.billingProviderNpi())
                        .writeElement(now.getYear() + "1231")
                        .writeStartElement().writeComponent("L6").writeComponent(traceNumber).endElement()
                        .writeElement(X12Amounts.of(-interest));
                w.endSegment();
            }
            w.endTransaction(st);
        }
        w.envelope("GE", String.valueOf(transaction), group);
        w.envelope("IEA", "1", control);
    }

    private static void claim(SegmentWriter w, ClaimDecision decided, String payerClaimNumber)
            throws EDIStreamException {
        ReceivedClaim claim = decided.claim();
        w.segment("CLP", claim.patientControlNumber(), decided.denied() ? "4" : "1", X12Amounts.of(decided.chargeCents()),
                X12Amounts.of(decided.paidCents()), X12Amounts.of(decided.patientResponsibilityCents()), "12",
                "SIM" + payerClaimNumber, "11", claim.frequencyCode());
        w.segment("NM1", "QC", "1", claim.patientLastName(), claim.patientFirstName(), "", "", "", "MI",
                claim.memberId());
        for (int i = 0; i < claim.lines().size(); i++) {
            ReceivedClaim.Line line = claim.lines().get(i);
            PayerContract.LineDecision decision = decided.lines().get(i);
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
            if (decision.isDenied()) {
                w.segment("CAS", "CO", decision.denialCarc(), X12Amounts.of(decision.chargeCents()));
            }
            if (decision.contractualCents() != 0) {
                w.segment("CAS", "CO", "45", X12Amounts.of(decision.contractualCents()));
            }
            // Patient responsibility by kind: 1 deductible, 2 coinsurance, 3 copay.
            if (decision.deductibleCents() != 0) {
                w.segment("CAS", "PR", "1", X12Amounts.of(decision.deductibleCents()));
            }
            if (decision.coinsuranceCents() != 0) {
                w.segment("CAS", "PR", "2", X12Amounts.of(decision.coinsuranceCents()));
            }
            if (decision.copayCents() != 0) {
                w.segment("CAS", "PR", "3", X12Amounts.of(decision.copayCents()));
            }
            if (line.lineControlNumber() != null) {
                w.segment("REF", "6R", line.lineControlNumber());
            }
            w.segment("AMT", "B6", X12Amounts.of(decision.allowedCents()));
            if (decision.remarkCode() != null) {
                w.segment("LQ", "HE", decision.remarkCode());
            }
        }
    }

    private RemittanceWriter() {
    }
}
