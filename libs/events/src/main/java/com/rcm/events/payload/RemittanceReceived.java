package com.rcm.events.payload;

import java.time.LocalDate;

/**
 * A payment (one 835 BPR/TRN) reached the practice: POSTED, or held as an EXCEPTION because it does
 * not balance. Keyed by the remittance, not by an encounter: one payment pays many claims.
 * {@code warnings} counts the file's departures from the implementation guide that did not stop it.
 */
public record RemittanceReceived(
        String remittanceId,
        String payerId,
        String payerName,
        String traceNumber,
        String paymentMethod,
        LocalDate paymentDate,
        long amountCents,
        int claimPayments,
        String status,
        String channel,
        int warnings) {}
