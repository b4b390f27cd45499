package com.rcm.ops.persistence;

import static com.rcm.platform.persistence.NativeTimestamps.toOffset;

import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** The rows of a native query read into records, the one place a column is read by its position. */
final class NativeRows {
    private final Object[] columns;

    private NativeRows(Object[] columns) {
        this.columns = columns;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> of(Query query, Function<NativeRows, T> record) {
        return ((List<Object[]>) query.getResultList())
                .stream().map(r -> record.apply(new NativeRows(r))).toList();
    }

    String text(int column) {
        return (String) columns[column];
    }

    /** A count or sum, whichever numeric type the driver chose. */
    long number(int column) {
        return ((Number) columns[column]).longValue();
    }

    OffsetDateTime time(int column) {
        return toOffset(columns[column]);
    }

    /** The driver answers a date as either type, depending on its version. */
    LocalDate date(int column) {
        return columns[column] instanceof LocalDate date ? date : ((Date) columns[column]).toLocalDate();
    }
}
