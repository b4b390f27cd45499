package com.rcm.x12;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Collects ISA, GS and ST values as a transaction reader passes them, and builds the
 * {@link InterchangeEnvelope} of each transaction set. Lenient: a sample or partner file
 * with odd control values still yields an envelope; StAEDI reports the oddity as an issue.
 */
public final class EnvelopeReader {

    private String senderQualifier = "";
    private String senderId = "";
    private String receiverQualifier = "";
    private String receiverId = "";
    private int interchangeControlNumber;
    private int groupControlNumber;
    private LocalDateTime createdAt = LocalDateTime.of(1970, 1, 1, 0, 0);
    private Usage usage = Usage.PRODUCTION;
    private String transactionSetControlNumber = "";

    /** Returns true when the segment was an envelope segment (ISA, GS or ST). */
    public boolean accept(Segment segment) {
        switch (segment.tag()) {
            case "ISA" -> {
                senderQualifier = segment.element(5).strip();
                senderId = segment.element(6).strip();
                receiverQualifier = segment.element(7).strip();
                receiverId = segment.element(8).strip();
                interchangeControlNumber = parseInt(segment.element(13));
                usage = "T".equals(segment.element(15)) ? Usage.TEST : Usage.PRODUCTION;
                return true;
            }
            case "GS" -> {
                groupControlNumber = parseInt(segment.element(6));
                LocalDate date = X12Dates.parseD8(segment.element(4));
                if (date != null) {
                    createdAt = date.atTime(X12Dates.parseTime(segment.element(5)));
                }
                return true;
            }
            case "ST" -> {
                transactionSetControlNumber = segment.element(2);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    public InterchangeEnvelope envelope() {
        return new InterchangeEnvelope(
                senderQualifier,
                senderId,
                receiverQualifier,
                receiverId,
                interchangeControlNumber,
                groupControlNumber,
                transactionSetControlNumber,
                createdAt,
                usage);
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
