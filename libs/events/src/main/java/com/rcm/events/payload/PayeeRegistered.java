package com.rcm.events.payload;

/**
 * A billing (payee) NPI now belongs to the practice the event is for ({@code ce_tenantid}): set up by the
 * practice admin ({@code REGISTERED}) or moved by the billing company ({@code MOVED}). The claims service
 * keeps the one registry of owners; payments routes clearinghouse 835s by these events alone. Events
 * of one NPI may travel on different partitions (they are keyed by practice), so {@code version},
 * which rises with every change of owner, tells which is newest.
 */
public record PayeeRegistered(String npi, long version, String reason) {
    public static final String REGISTERED = "REGISTERED";
    public static final String MOVED = "MOVED";
}
