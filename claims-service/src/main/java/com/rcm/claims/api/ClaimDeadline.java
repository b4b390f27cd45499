package com.rcm.claims.api;

import com.rcm.claims.persistence.ClaimEntity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A deadline a biller must meet on a claim: timely filing (until accepted) or appeal (once denied). */
public record ClaimDeadline(
        String claimId,
        String patientControlNumber,
        String payerId,
        String status,
        String kind,
        LocalDate deadline,
        long daysLeft) {

    static ClaimDeadline of(ClaimEntity claim, String kind, LocalDate deadline, LocalDate today) {
        return new ClaimDeadline(
                claim.id,
                claim.patientControlNumber,
                claim.payerId,
                claim.status.name(),
                kind,
                deadline,
                ChronoUnit.DAYS.between(today, deadline));
    }
}
