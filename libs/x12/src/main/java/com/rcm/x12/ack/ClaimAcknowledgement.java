package com.rcm.x12.ack;

/**
 * The clearinghouse's claim-level answer in a 277CA: the claim by its patient control number
 * (TRN*2), the STC status category and code, and the free-text message (STC12).
 */
public record ClaimAcknowledgement(String patientControlNumber, String category, String statusCode, String message) {

    /** A1 (received) and A2 (accepted into adjudication) pass the claim on; every other category rejects it. */
    public boolean accepted() {
        return "A1".equals(category) || "A2".equals(category);
    }

    public String describe() {
        return "277CA " + category + ":" + statusCode + (message == null || message.isBlank() ? "" : " " + message);
    }
}
