package com.rcm.events.payload;

import java.util.List;

/**
 * The clearinghouse rejected the claim before adjudication, in its 999 (syntax) or 277CA (claim
 * front-end edits); the reasons say what to correct before resubmitting.
 */
public record ClaimRejected(
        String claimId,
        String encounterId,
        String patientControlNumber,
        String acknowledgement,
        List<String> reasons) {}
