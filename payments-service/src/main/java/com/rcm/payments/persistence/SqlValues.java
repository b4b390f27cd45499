package com.rcm.payments.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values of native queries as the records of this package carry them; only repositories read rows. */
final class SqlValues {

    static long cents(Object value) {
        return ((Number) value).longValue();
    }

    /** A nullable integer column (a line number a payment may not carry). */
    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A timestamptz as the JDBC driver hands it over (OffsetDateTime, Instant or Timestamp), in UTC. */
    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private SqlValues() {}
}
