package com.rcm.payments.api;

/**
 * The answer to a clearinghouse 835 no practice could be found for: taken, and queued for the billing
 * company's ops under {@code unroutableId} ({@code GET /v1/clearinghouse/unroutable}), not posted.
 */
public record RemittanceQueued(String unroutableId, String status, String reason) {
    public static final String QUEUED_FOR_OPS = "QUEUED_FOR_OPS";
}
