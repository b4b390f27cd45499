package com.rcm.x12;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The ISA/GS/ST control data of one transaction set. Control numbers are what trading partners
 * echo back in 999 and TA1 acknowledgments, so the sender must keep them unique per partner.
 *
 * @param senderQualifier    ISA05, e.g. "ZZ" (mutually defined) or "30" (federal tax id)
 * @param senderId           ISA06 and GS02, without the ISA padding
 * @param receiverQualifier  ISA07
 * @param receiverId         ISA08 and GS03, without the ISA padding
 * @param interchangeControlNumber ISA13/IEA02, 1..999999999, written as 9 digits
 * @param groupControlNumber GS06/GE02, 1..999999999
 * @param transactionSetControlNumber ST02/SE02, 4..9 characters
 * @param createdAt          ISA09/10 and GS04/05; X12 carries minutes, so seconds are dropped
 * @param usage              ISA15
 */
public record InterchangeEnvelope(
        String senderQualifier,
        String senderId,
        String receiverQualifier,
        String receiverId,
        int interchangeControlNumber,
        int groupControlNumber,
        String transactionSetControlNumber,
        LocalDateTime createdAt,
        Usage usage) {

    public static final int MAX_CONTROL_NUMBER = 999_999_999;

    public InterchangeEnvelope {
        Objects.requireNonNull(senderQualifier, "senderQualifier");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverQualifier, "receiverQualifier");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(transactionSetControlNumber, "transactionSetControlNumber");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(usage, "usage");
        senderId = senderId.strip();
        receiverId = receiverId.strip();
        createdAt = createdAt.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The common case: both parties identified by mutually defined ("ZZ") ids. */
    public static InterchangeEnvelope of(
            String senderId,
            String receiverId,
            int interchangeControlNumber,
            int groupControlNumber,
            String transactionSetControlNumber,
            LocalDateTime createdAt,
            Usage usage) {
        return new InterchangeEnvelope(
                "ZZ",
                senderId,
                "ZZ",
                receiverId,
                interchangeControlNumber,
                groupControlNumber,
                transactionSetControlNumber,
                createdAt,
                usage);
    }

    /** Checked by writers only: readers must accept what partners actually send. */
    public void requireWritable() {
        requireLength("ISA06 sender id", senderId, 1, 15);
        requireLength("ISA08 receiver id", receiverId, 1, 15);
        requireLength("ISA05 sender qualifier", senderQualifier, 2, 2);
        requireLength("ISA07 receiver qualifier", receiverQualifier, 2, 2);
        requireLength("ST02 transaction set control number", transactionSetControlNumber, 4, 9);
        if (interchangeControlNumber < 1 || interchangeControlNumber > MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException(
                    "ISA13 interchange control number must be 1..999999999, was " + interchangeControlNumber);
        }
        if (groupControlNumber < 1 || groupControlNumber > MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException(
                    "GS06 group control number must be 1..999999999, was " + groupControlNumber);
        }
    }

    private static void requireLength(String what, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(
                    what + " must be " + min + ".." + max + " characters, was '" + value + "'");
        }
    }
}
