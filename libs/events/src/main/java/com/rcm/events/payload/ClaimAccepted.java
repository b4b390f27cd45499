package com.rcm.events.payload;

/** The clearinghouse's 277CA accepted the claim into the payer's adjudication. */
public record ClaimAccepted(String claimId, String encounterId, String patientControlNumber, String status) {}
