package com.rcm.coding.codeset;

import java.time.LocalDate;

/** A procedure, supply or modifier from the HCPCS Level II file, with its descriptions joined across continuation records. */
public record HcpcsRecord(
        String code,
        Kind kind,
        String shortDescription,
        String longDescription,
        LocalDate addedOn,
        LocalDate actionEffective,
        LocalDate terminatedOn,
        String actionCode) {

    public enum Kind {
        PROCEDURE('P'),
        MODIFIER('M');

        public final char column;

        Kind(char column) {
            this.column = column;
        }
    }

    HcpcsRecord withMoreDescription(String more) {
        return new HcpcsRecord(
                code,
                kind,
                shortDescription,
                (longDescription + " " + more).trim(),
                addedOn,
                actionEffective,
                terminatedOn,
                actionCode);
    }
}
