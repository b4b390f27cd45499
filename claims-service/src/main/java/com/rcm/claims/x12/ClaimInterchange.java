package com.rcm.claims.x12;

import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.RenderingProvider;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        try (EDIStreamWriter writer = factory.createEDIStreamWriter(out)) {
            new Segments(writer).interchange(claim, encounter, provider, payer, rendering, submitter, senderId);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("could not write the 837P for claim " + claim.patientControlNumber, e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** Writes segments and counts those of the transaction set for SE01. */
    private static final class Segments {
        private final EDIStreamWriter writer;
        private int transactionSegments;

        Segments(EDIStreamWriter writer) {
            this.writer = writer;
        }

        void interchange(ClaimEntity claim, EncounterCoded encounter, BillingProvider provider, Payer payer,
                RenderingProvider rendering, SubmitterConfig submitter, String senderId) throws EDIStreamException {
            LocalDateTime now = LocalDateTime.now();
            String icn = claim.interchangeControlNumber;
            String groupControl = String.valueOf(Long.parseLong(icn));
            writer.startInterchange();
            envelope("ISA", "00", pad("", 10), "00", pad("", 10), "ZZ", pad(senderId, 15), "ZZ",
                    pad(submitter.receiverId(), 15), now.format(YYMMDD), now.format(HHMM), "^", "00501", icn, "1", "P",
                    ":");
            envelope("GS", "HC", senderId, submitter.receiverId(), now.format(CCYYMMDD), now.format(HHMM),
                    groupControl, "X", VERSION);
            segment("ST", "837", "0001", VERSION);
            segment("BHT", "0019", "00", claim.patientControlNumber, now.format(CCYYMMDD), now.format(HHMM), "CH");
            segment("NM1", "41", "2", submitter.submitterName(), "", "", "", "", "46", submitter.submitterId());
            segment("PER", "IC", "BILLING OFFICE", "TE", "5125550100");
            segment("NM1", "40", "2", "SIM CLEARINGHOUSE", "", "", "", "", "46", submitter.receiverId());

            segment("HL", "1", "", "20", "1");
            segment("PRV", "BI", "PXC", provider.taxonomy());
            segment("NM1", "85", "2", provider.name(), "", "", "", "", "XX", provider.npi());
            segment("N3", provider.addressLine1());
            segment("N4", provider.city(), provider.state(), provider.postalCode());
            segment("REF", "EI", provider.tin());

            Patient patient = encounter.patient();
            segment("HL", "2", "1", "22", "0");
            segment("SBR", "P", "18", nullToEmpty(encounter.coverage().groupNumber()), "", "", "", "", "",
                    payer.claimFilingIndicator());
            segment("NM1", "IL", "1", patient.lastName(), patient.firstName(), "", "", "", "MI",
                    encounter.coverage().memberId());
            Address address = patient.address();
            if (address != null) {
                segment("N3", address.line1());
                segment("N4", address.city(), address.state(), address.postalCode());
            }
            segment("DMG", "D8", patient.dateOfBirth().format(CCYYMMDD), patient.sex());
            segment("NM1", "PR", "2", payer.name(), "", "", "", "", "PI", payer.payerId());

            claimLoop(claim, encounter, rendering);

            segment("SE", String.valueOf(transactionSegments + 1), "0001");
            envelope("GE", "1", groupControl);
            envelope("IEA", "1", icn);
            writer.endInterchange();
        }

        private void claimLoop(ClaimEntity claim, EncounterCoded encounter, RenderingProvider rendering)
                throws EDIStreamException {
            writer.writeStartSegment("CLM");
            writer.writeElement(claim.patientControlNumber);
            writer.writeElement(X12Amounts.of(claim.totalChargeCents));
            writer.writeEmptyElement();
            writer.writeEmptyElement();
            writer.writeStartElement().writeComponent(encounter.placeOfService()).writeComponent("B")
                    .writeComponent(claim.frequencyCode).endElement();
            writer.writeElement("Y").writeElement("A").writeElement("Y").writeElement("Y");
            end();

            writer.writeStartSegment("HI");
            for (int i = 0; i < encounter.diagnoses().size(); i++) {
                writer.writeStartElement().writeComponent(i == 0 ? "ABK" : "ABF")
                        .writeComponent(encounter.diagnoses().get(i).replace(".", "")).endElement();
            }
            end();

            segment("NM1", "82", "1", rendering.lastName(), rendering.firstName(), "", "", "", "XX", rendering.npi());
            segment("PRV", "PE", "PXC", rendering.taxonomy());

            for (ClaimLineEntity line : claim.lines) {
                segment("LX", String.valueOf(line.lineNumber));
                writer.writeStartSegment("SV1");
                writer.writeStartElement().writeComponent("HC").writeComponent(line.code);
                if (!line.modifiers.isEmpty()) {
                    for (String modifier : line.modifiers.split(",")) {
                        writer.writeComponent(modifier);
                    }
                }
                writer.endElement();
                writer.writeElement(X12Amounts.of(line.chargeCents)).writeElement("UN")
                        .writeElement(String.valueOf(line.units)).writeElement(encounter.placeOfService())
                        .writeEmptyElement();
                writer.writeStartElement();
                for (String pointer : line.diagnosisPointers.split(",")) {
                    writer.writeComponent(pointer);
                }
                writer.endElement();
                end();
                segment("DTP", "472", "D8", claim.dateOfService.format(CCYYMMDD));
                segment("REF", "6R", line.lineControlNumber);
            }
        }

        /** A segment inside the transaction set (counted for SE01); trailing empty elements are dropped. */
        private void segment(String tag, String... elements) throws EDIStreamException {
            writer.writeStartSegment(tag);
            int last = elements.length;
            while (last > 0 && elements[last - 1].isEmpty()) {
                last--;
            }
            for (int i = 0; i < last; i++) {
                if (elements[i].isEmpty()) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement(elements[i]);
                }
            }
            end();
        }

        private void end() throws EDIStreamException {
            writer.writeEndSegment();
            transactionSegments++;
        }

        /** ISA, GS, GE, IEA: envelope segments, not counted in SE01. */
        private void envelope(String tag, String... elements) throws EDIStreamException {
            writer.writeStartSegment(tag);
            for (String element : elements) {
                writer.writeElement(element);
            }
            writer.writeEndSegment();
        }

        private static String pad(String value, int width) {
            return String.format("%-" + width + "s", value.length() > width ? value.substring(0, width) : value);
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    private ClaimInterchange() {
    }
}
