package com.rcm.coding.codeset;

import java.io.BufferedReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Reads the fixed-width CMS HCPCS Level II file ({@code HCPC<year>_<month>_ANWEB*.txt}, 320-character
 * records). Record identification 3 starts a procedure and 7 a modifier; 4 and 8 continue their
 * long description. Positions (1-based) follow the CMS record layout; they are kept together here so
 * a layout change is one edit.
 */
public final class HcpcsFile {
    private static final int[] CODE = {1, 5};
    private static final int RECORD_ID = 11;
    private static final int[] LONG_DESCRIPTION = {12, 91};
    private static final int[] SHORT_DESCRIPTION = {92, 119};
    private static final int[] ADDED_ON = {269, 276};
    private static final int[] ACTION_EFFECTIVE = {277, 284};
    private static final int[] TERMINATED_ON = {285, 292};
    private static final int ACTION_CODE = 293;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** Streams the records of {@code reader} to {@code sink}, reporting each line read to {@code progress}. */
    public static void read(BufferedReader reader, Consumer<HcpcsRecord> sink, IntConsumer progress) {
        HcpcsRecord pending = null;
        int lineNumber = 0;
        FileLines lines = new FileLines(reader);
        for (FileLines.Line read = lines.next(); read != null; read = lines.next()) {
            String line = read.text();
            lineNumber = read.number();
            progress.accept(lineNumber);
            if (line.isBlank()) {
                continue;
            }
            if (read.tooLong()) {
                throw new CodeSetFormatException(lineNumber, read.tooLongProblem());
            }
            if (line.length() < RECORD_ID) {
                throw new CodeSetFormatException(lineNumber, "shorter than an HCPCS record");
            }
            char recordId = line.charAt(RECORD_ID - 1);
            String code = field(line, CODE);
            switch (recordId) {
                case '3', '7' -> {
                    if (pending != null) {
                        sink.accept(pending);
                    }
                    pending = start(
                            line,
                            lineNumber,
                            code,
                            recordId == '3' ? HcpcsRecord.Kind.PROCEDURE : HcpcsRecord.Kind.MODIFIER);
                }
                case '4', '8' -> {
                    if (pending == null || !pending.code().equals(code)) {
                        throw new CodeSetFormatException(
                                lineNumber, "continuation of " + code + " without its first record");
                    }
                    pending = pending.withMoreDescription(field(line, LONG_DESCRIPTION));
                }
                default ->
                    throw new CodeSetFormatException(
                            lineNumber,
                            "record identification code '" + recordId + "' in column 11 is not 3, 4, 7 or 8");
            }
        }
        if (pending != null) {
            sink.accept(pending);
        }
    }

    private static HcpcsRecord start(String line, int lineNumber, String code, HcpcsRecord.Kind kind) {
        boolean wellFormed =
                kind == HcpcsRecord.Kind.PROCEDURE ? code.matches("[A-V][0-9]{4}") : code.matches("[0-9A-Z]{2}");
        if (!wellFormed) {
            throw new CodeSetFormatException(
                    lineNumber,
                    "'" + code + "' is not an HCPCS Level II "
                            + (kind == HcpcsRecord.Kind.PROCEDURE ? "code" : "modifier"));
        }
        return new HcpcsRecord(
                code,
                kind,
                field(line, SHORT_DESCRIPTION),
                field(line, LONG_DESCRIPTION),
                date(line, ADDED_ON, lineNumber),
                date(line, ACTION_EFFECTIVE, lineNumber),
                date(line, TERMINATED_ON, lineNumber),
                field(line, new int[] {ACTION_CODE, ACTION_CODE}));
    }

    private static String field(String line, int[] columns) {
        int from = columns[0] - 1;
        if (from >= line.length()) {
            return "";
        }
        return line.substring(from, Math.min(columns[1], line.length())).trim();
    }

    private static LocalDate date(String line, int[] columns, int lineNumber) {
        String value = field(line, columns);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new CodeSetFormatException(
                    lineNumber,
                    "'" + value + "' in columns " + columns[0] + "-" + columns[1] + " is not a date (YYYYMMDD)");
        }
    }

    private HcpcsFile() {}
}
