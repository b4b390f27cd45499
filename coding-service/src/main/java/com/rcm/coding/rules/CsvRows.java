package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import com.rcm.coding.codeset.FileLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CMS rule table as Commons CSV reads them: tab-separated when the start of the file holds
 * a tab, comma-separated otherwise; double quotes may hold delimiters, quotes ("") and line breaks.
 * Fields are trimmed. Each row knows the line it starts on, for error messages.
 */
final class CsvRows {
    /** How far the delimiter is looked for: past any copyright preamble. */
    private static final int DELIMITER_LOOKAHEAD = 64 * 1024;

    /** One record: the line it starts on, its fields, and whether a line of it was cut at the cap. */
    record Row(int line, List<String> fields, boolean tooLong) {

        String tooLongProblem() {
            return "longer than " + FileLines.MAX_CHARS + " characters";
        }

        boolean blank() {
            return fields.stream().allMatch(String::isEmpty);
        }
    }

    static void read(BufferedReader reader, Consumer<Row> rows) {
        try {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiterOf(reader))
                    .setTrim(true)
                    .setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(false)
                    // A quoted word followed by more text ("CPT" is a trademark...) stays one field.
                    .setTrailingData(true)
                    .get();
            LineCappedReader lines = new LineCappedReader(reader);
            try (CSVParser parser =
                    CSVParser.builder().setReader(lines).setFormat(format).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                int start = 1;
                while (hasNext(records, start)) {
                    CSVRecord record = records.next();
                    int end = Math.max(start, (int) parser.getCurrentLineNumber());
                    lines.recordEnded(end + 1);
                    rows.accept(new Row(start, record.toList(), lines.cutBetween(start, end)));
                    start = end + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            // The parser's own complaint, such as a quote not closed before the end of the file.
            throw new CodeSetFormatException(
                    line, "not readable as CSV: " + e.getCause().getMessage());
        }
    }

    private static char delimiterOf(BufferedReader reader) throws IOException {
        reader.mark(DELIMITER_LOOKAHEAD);
        try {
            char[] start = new char[DELIMITER_LOOKAHEAD];
            int read = 0;
            while (read < start.length) {
                int n = reader.read(start, read, start.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            for (int i = 0; i < read; i++) {
                if (start[i] == '\t') {
                    return '\t';
                }
            }
            return ',';
        } finally {
            reader.reset();
        }
    }

    private CsvRows() {}
}
