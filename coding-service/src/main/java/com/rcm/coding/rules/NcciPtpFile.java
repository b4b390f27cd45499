package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import com.rcm.coding.codeset.NoReadableRowException;
import java.io.BufferedReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Reads a CMS NCCI PTP table (practitioner or hospital) as CMS exports it to text: columns Column 1,
 * Column 2, "in existence prior to 1996", Effective Date (YYYYMMDD), Deletion Date (YYYYMMDD or *),
 * Modifier indicator (0, 1 or 9) and PTP Edit Rationale. The copyright and header lines at the top
 * are skipped: a data row starts with two procedure codes.
 */
public final class NcciPtpFile {
    private static final String PROCEDURE = "[0-9A-Z]{4}[0-9A-Z]";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * Streams every row to {@code sink}. A data row that breaks the layout stops the import
     * ({@link CodeSetFormatException}); a file without a single row is a {@link NoReadableRowException}
     * naming its first bad line.
     */
    public static void read(BufferedReader reader, Consumer<NcciPtpEdit> sink) {
        RuleRows.read(
                reader,
                "NCCI PTP",
                f -> f.size() >= 2 && f.get(0).matches(PROCEDURE) && f.get(1).matches(PROCEDURE),
                "does not start with two procedure codes (column 1 and column 2)",
                (lineNumber, f) -> {
                    if (f.size() < 6) {
                        throw new CodeSetFormatException(
                                lineNumber, "an NCCI PTP row has at least 6 columns, found " + f.size());
                    }
                    String indicator = f.get(5);
                    if (!indicator.matches("[019]")) {
                        throw new CodeSetFormatException(
                                lineNumber, "modifier indicator must be 0, 1 or 9, found '" + indicator + "'");
                    }
                    LocalDate effective = date(f.get(3), lineNumber, "effective date");
                    if (effective == null) {
                        throw new CodeSetFormatException(lineNumber, "the effective date is missing");
                    }
                    sink.accept(new NcciPtpEdit(
                            f.get(0),
                            f.get(1),
                            effective,
                            date(f.get(4), lineNumber, "deletion date"),
                            indicator.charAt(0),
                            f.size() > 6 ? f.get(6) : null));
                });
    }

    static LocalDate date(String value, int lineNumber, String what) {
        if (value.isEmpty() || value.equals("*")) {
            return null;
        }
        try {
            return LocalDate.parse(value, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new CodeSetFormatException(lineNumber, "the " + what + " '" + value + "' is not YYYYMMDD");
        }
    }

    private NcciPtpFile() {}
}
