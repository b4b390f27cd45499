package com.rcm.claims.x12;

import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.RenderingProvider;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import com.rcm.x12.SegmentWriter;
import com.rcm.x12.X12Amounts;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes one claim as an 837P 005010X222A1 interchange with StAEDI: billing provider (2000A),
 * subscriber who is the patient (2000B), claim (2300) with its diagnoses and rendering provider,
 * and one 2400 loop per service line carrying its line control number (REF*6R) for 835 matching.
 */
public final class ClaimInterchange {
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final String VERSION = "005010X222A1";

    public static String write(ClaimEntity claim, EncounterCoded encounter, BillingProvider provider, Payer payer,
            RenderingProvider rendering, SubmitterConfig submitter, String senderId) {
        return SegmentWriter.interchange(w -> interchange(w, claim, encounter, provider, payer, rendering, submitter,
                senderId));
    }

    private static void interchange(SegmentWriter w, ClaimEntity claim, EncounterCoded encounter,
            BillingProvider provider, Payer payer, RenderingProvider rendering, SubmitterConfig submitter,
            String senderId) throws EDIStreamException {
        LocalDateTime now = LocalDateTime.now();
        String icn = claim.interchangeControlNumber;
        String groupControl = String.valueOf(Long.parseLong(icn));
        w.envelope("ISA", "00", SegmentWriter.pad("", 10), "00", SegmentWriter.pad("", 10), "ZZ",
                SegmentWriter.pad(senderId, 15), "ZZ", SegmentWriter.pad(submitter.receiverId(), 15),
                now.format(YYMMDD), now.format(HHMM), "^", "00501", icn, "1", "P", ":");
        w.envelope("GS", "HC", senderId, submitter.receiverId(), now.format(CCYYMMDD), now.format(HHMM),
                groupControl, "X", VERSION);
        w.segment("ST", "837", "0001", VERSION);
        w.segment("BHT", "0019", "00", claim.patientControlNumber, now.format(CCYYMMDD), now.format(HHMM), "CH");
        w.segment("NM1", "41", "2", submitter.submitterName(), "", "", "", "", "46", submitter.submitterId());
        w.segment("PER", "IC", "BILLING OFFICE", "TE", "5125550100");
        w.segment("NM1", "40", "2", "SIM CLEARINGHOUSE", "", "", "", "", "46", submitter.receiverId());

        w.segment("HL", "1", "", "20", "1");
        w.segment("PRV", "BI", "PXC", provider.taxonomy());
        w.segment("NM1", "85", "2", provider.name(), "", "", "", "", "XX", provider.npi());
        w.segment("N3", provider.addressLine1());
        w.segment("N4", provider.city(), provider.state(), provider.postalCode());
        w.segment("REF", "EI", provider.tin());

        Patient patient = encounter.patient();
        w.segment("HL", "2", "1", "22", "0");
        w.segment("SBR", "P", "18", nullToEmpty(encounter.coverage().groupNumber()), "", "", "", "", "",
                payer.claimFilingIndicator());
        w.segment("NM1", "IL", "1", patient.lastName(), patient.firstName(), "", "", "", "MI",
                encounter.coverage().memberId());
        Address address = patient.address();
        if (address != null) {
            w.segment("N3", address.line1());
            w.segment("N4", address.city(), address.state(), address.postalCode());
        }
        w.segment("DMG", "D8", patient.dateOfBirth().format(CCYYMMDD), patient.sex());
        w.segment("NM1", "PR", "2", payer.name(), "", "", "", "", "PI", payer.payerId());

        claimLoop(w, claim, encounter, rendering);

        w.endTransaction("0001");
        w.envelope("GE", "1", groupControl);
        w.envelope("IEA", "1", icn);
    }

    private static void claimLoop(SegmentWriter w, ClaimEntity claim, EncounterCoded encounter,
            RenderingProvider rendering) throws EDIStreamException {
        EDIStreamWriter clm = w.startSegment("CLM");
        clm.writeElement(claim.patientControlNumber);
        clm.writeElement(X12Amounts.of(claim.totalChargeCents));
        clm.writeEmptyElement();
        clm.writeEmptyElement();
        clm.writeStartElement().writeComponent(encounter.placeOfService()).writeComponent("B")
                .writeComponent(claim.frequencyCode).endElement();
        clm.writeElement("Y").writeElement("A").writeElement("Y").writeElement("Y");
        w.endSegment();

        EDIStreamWriter hi = w.startSegment("HI");
        for (int i = 0; i < encounter.diagnoses().size(); i++) {
            hi.writeStartElement().writeComponent(i == 0 ? "ABK" : "ABF")
                    .writeComponent(encounter.diagnoses().get(i).replace(".", "")).endElement();
        }
        w.endSegment();

        w.segment("NM1", "82", "1", rendering.lastName(), rendering.firstName(), "", "", "", "XX", rendering.npi());
        w.segment("PRV", "PE", "PXC", rendering.taxonomy());

        for (ClaimLineEntity line : claim.lines) {
            w.segment("LX", String.valueOf(line.lineNumber));
            EDIStreamWriter sv1 = w.startSegment("SV1");
            sv1.writeStartElement().writeComponent("HC").writeComponent(line.code);
            if (!line.modifiers.isEmpty()) {
                for (String modifier : line.modifiers.split(",")) {
                    sv1.writeComponent(modifier);
                }
            }
            sv1.endElement();
            sv1.writeElement(X12Amounts.of(line.chargeCents)).writeElement("UN")
                    .writeElement(String.valueOf(line.units)).writeElement(encounter.placeOfService())
                    .writeEmptyElement();
            sv1.writeStartElement();
            for (String pointer : line.diagnosisPointers.split(",")) {
                sv1.writeComponent(pointer);
            }
            sv1.endElement();
            w.endSegment();
            w.segment("DTP", "472", "D8", claim.dateOfService.format(CCYYMMDD));
            w.segment("REF", "6R", line.lineControlNumber);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private ClaimInterchange() {
    }
}
