package com.rcm.coding.codeset;

import java.time.LocalDate;

/** An HCPCS Level II code or modifier as the version in force lists it. */
public record HcpcsCode(
        String code,
        String kind,
        String shortDescription,
        String description,
        LocalDate addedOn,
        LocalDate terminatedOn) {

    /** Whether a claim may carry it on {@code date}: added on or before it, and not terminated before it. */
    public boolean validOn(LocalDate date) {
        return (addedOn == null || !addedOn.isAfter(date)) && (terminatedOn == null || !terminatedOn.isBefore(date));
    }
}
