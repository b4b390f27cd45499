package com.rcm.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads a {@code timestamptz} column of a native query's row. */
public final class NativeTimestamps {

    /** Hibernate hands it back as whichever of these types its dialect chose; the answer is in UTC. */
    public static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        Instant instant = value instanceof Instant i ? i : ((Timestamp) value).toInstant();
        return instant.atOffset(ZoneOffset.UTC);
    }

    private NativeTimestamps() {}
}
