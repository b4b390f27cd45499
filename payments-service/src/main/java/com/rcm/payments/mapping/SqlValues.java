package com.rcm.payments.mapping;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values of native queries as the API shows them. */
public final class SqlValues {

    public static long cents(Object value) {
        return ((Number) value).longValue();
    }

    /** A timestamptz as the JDBC driver hands it over (OffsetDateTime, Instant or Timestamp), in UTC. */
    public static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private SqlValues() {
    }
}
