package com.rcm.x12.ack;

import com.rcm.x12.SegmentWriter;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes a clearinghouse's acknowledgements of an 837P interchange: the 999 005010X231A1
 * (implementation acknowledgement of its one transaction set) and the 277CA 005010X214 (claim by
 * claim: accepted for adjudication or rejected, with the reason).
 */
public final class AcknowledgementWriter {
    /** Who sends the acknowledgements to whom, and the numbers they answer. */
    public record Exchange(
            String clearinghouseId,
            String clearinghouseName,
            String submitterId,
            String groupControlNumber,
            String transactionControlNumber,
            long controlNumber) {}

    /** One claim's answer, with who and what it was for, as the 277CA reports it. */
    public record ClaimStatus(
            ClaimAcknowledgement acknowledgement,
            String billingProviderName,
            String billingProviderNpi,
            String patientLastName,
            String patientFirstName,
            String memberId,
            long chargeCents,
            LocalDate dateOfService) {}

    /**
     * The 999 for the interchange's one 837 transaction set: accepted (A) when {@code errors} is
     * empty, otherwise rejected (R) with an IK3 per segment in error and an IK4 per element error.
     */
    public static String write999(Exchange exchange, List<ImplementationError> errors) {
        boolean accepted = errors.isEmpty();
        return SegmentWriter.interchange(w -> {
            envelope(w, exchange, "FA", "005010X231A1");
            w.segment("ST", "999", "0001", "005010X231A1");
            w.segment("AK1", "HC", exchange.groupControlNumber(), "005010X222A1");
            w.segment("AK2", "837", exchange.transactionControlNumber(), "005010X222A1");
            ImplementationError previous = null;
            for (ImplementationError error : errors) {
                boolean sameSegment = previous != null
                        && previous.segmentPosition() == error.segmentPosition()
                        && previous.isElementError()
                        && error.isElementError();
                if (!sameSegment) {
                    w.segment(
                            "IK3",
                            error.segmentId(),
                            String.valueOf(error.segmentPosition()),
                            "",
                            error.segmentErrorCode());
                }
                if (error.isElementError()) {
                    EDIStreamWriter ik4 = w.startSegment("IK4");
                    ik4.writeStartElement()
                            .writeComponent(String.valueOf(error.elementPosition()))
                            .endElement();
                    ik4.writeEmptyElement();
                    ik4.writeElement(error.elementErrorCode());
                    if (error.badValue() != null && !error.badValue().isEmpty()) {
                        // IK404 copies the bad data, less any character that would split it here.
                        ik4.writeElement(truncate(error.badValue().replaceAll("[*:~^]", " "), 99));
                    }
                    w.endSegment();
                }
                previous = error;
            }
            w.segment("IK5", accepted ? "A" : "R");
            w.segment("AK9", accepted ? "A" : "R", "1", "1", accepted ? "1" : "0");
            w.endTransaction("0001");
            close(w, exchange);
        });
    }

    public static String write277ca(Exchange exchange, List<ClaimStatus> claims) {
        return SegmentWriter.interchange(w -> {
            LocalDateTime now = LocalDateTime.now();
            String today = X12Dates.d8(now.toLocalDate());
            envelope(w, exchange, "HN", "005010X214");
            w.segment("ST", "277", "0001", "005010X214");
            w.segment(
                    "BHT",
                    "0085",
                    "08",
                    "ACK" + exchange.controlNumber(),
                    today,
                    X12Dates.hhmm(now.toLocalTime()),
                    "TH");
            w.segment("HL", "1", "", "20", "1");
            w.segment("NM1", "AY", "2", exchange.clearinghouseName(), "", "", "", "", "46", exchange.clearinghouseId());
            w.segment("TRN", "1", "ACK" + exchange.controlNumber());
            w.segment("DTP", "050", "D8", today);
            w.segment("DTP", "009", "D8", today);
            w.segment("HL", "2", "1", "21", "1");
            w.segment("NM1", "41", "2", exchange.submitterId(), "", "", "", "", "46", exchange.submitterId());
            w.segment("TRN", "2", exchange.transactionControlNumber());
            // 2200B: the batch as a whole was received (A1:19), then how many claims went on or back.
            long total = claims.stream().mapToLong(ClaimStatus::chargeCents).sum();
            stc(w, new String[] {"A1", "19", "PR"}, today, "WQ", total, null);
            long accepted =
                    claims.stream().filter(c -> c.acknowledgement().accepted()).count();
            w.segment("QTY", "90", String.valueOf(accepted));
            w.segment("QTY", "AA", String.valueOf(claims.size() - accepted));
            int hl = 2;
            for (ClaimStatus claim : claims) {
                w.segment("HL", String.valueOf(++hl), "2", "19", "1");
                w.segment(
                        "NM1",
                        "85",
                        "2",
                        claim.billingProviderName(),
                        "",
                        "",
                        "",
                        "",
                        "XX",
                        claim.billingProviderNpi());
                w.segment("TRN", "1", "0"); // 2200C: no provider-level trace of its own
                stc(w, new String[] {"A1", "19", "85"}, today, "WQ", claim.chargeCents(), null);
                int provider = hl;
                w.segment("HL", String.valueOf(++hl), String.valueOf(provider), "PT");
                w.segment(
                        "NM1",
                        "QC",
                        "1",
                        claim.patientLastName(),
                        claim.patientFirstName(),
                        "",
                        "",
                        "",
                        "MI",
                        claim.memberId());
                ClaimAcknowledgement ack = claim.acknowledgement();
                w.segment("TRN", "2", ack.patientControlNumber());
                stc(
                        w,
                        new String[] {ack.category(), ack.statusCode()},
                        today,
                        ack.accepted() ? "WQ" : "U",
                        claim.chargeCents(),
                        ack.message());
                w.segment("DTP", "472", "D8", X12Dates.d8(claim.dateOfService()));
            }
            w.endTransaction("0001");
            close(w, exchange);
        });
    }

    /** STC: status (category:code[:entity]), date, action (WQ accept, U reject), amount, and the message in STC12. */
    private static void stc(
            SegmentWriter w, String[] status, String date, String action, long amountCents, String message)
            throws EDIStreamException {
        EDIStreamWriter stc = w.startSegment("STC");
        stc.writeStartElement();
        for (String component : status) {
            stc.writeComponent(component);
        }
        stc.endElement();
        stc.writeElement(date);
        stc.writeElement(action);
        stc.writeElement(X12Amounts.format(amountCents));
        if (message != null && !message.isBlank()) {
            for (int i = 5; i <= 11; i++) {
                stc.writeEmptyElement();
            }
            stc.writeElement(message);
        }
        w.endSegment();
    }

    private static String truncate(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }

    private static void envelope(SegmentWriter w, Exchange e, String functionalId, String version)
            throws EDIStreamException {
        LocalDateTime now = LocalDateTime.now();
        String time = X12Dates.hhmm(now.toLocalTime());
        String control = String.format("%09d", e.controlNumber());
        w.envelope(
                "ISA",
                "00",
                SegmentWriter.pad("", 10),
                "00",
                SegmentWriter.pad("", 10),
                "ZZ",
                SegmentWriter.pad(e.clearinghouseId(), 15),
                "ZZ",
                SegmentWriter.pad(e.submitterId(), 15),
                X12Dates.isaDate(now.toLocalDate()),
                time,
                "^",
                "00501",
                control,
                "0",
                "P",
                ":");
        w.envelope(
                "GS",
                functionalId,
                e.clearinghouseId(),
                e.submitterId(),
                X12Dates.d8(now.toLocalDate()),
                time,
                String.valueOf(e.controlNumber()),
                "X",
                version);
    }

    private static void close(SegmentWriter w, Exchange e) throws EDIStreamException {
        w.envelope("GE", "1", String.valueOf(e.controlNumber()));
        w.envelope("IEA", "1", String.format("%09d", e.controlNumber()));
    }

    private AcknowledgementWriter() {}
}
