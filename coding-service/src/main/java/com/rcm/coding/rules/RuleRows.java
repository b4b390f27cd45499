package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import com.rcm.coding.codeset.FileLines;
import com.rcm.coding.codeset.NoReadableRowException;
import java.io.BufferedReader;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a CMS rule table is walked: its lines split into fields, the ones that start like a data row
 * parsed, everything else (copyright, headers, blank lines) skipped. A data row longer than a line
 * may be stops the import; a file in which no line is a data row is refused naming its first bad line.
 */
final class RuleRows {

    /** Parses one data row; throws {@link CodeSetFormatException} when the row breaks the layout. */
    interface RowParser {
        void parse(int lineNumber, List<String> fields);
    }

    static void read(BufferedReader reader, String table, Predicate<List<String>> isDataRow, String notADataRow,
            RowParser parser) {
        FileLines lines = new FileLines(reader);
        NoReadableRowException.BadLine firstBad = null;
        int rows = 0;
        for (FileLines.Line line = lines.next(); line != null; line = lines.next()) {
            List<String> fields = DelimitedLine.split(line.text());
            boolean dataRow = isDataRow.test(fields);
            if (line.tooLong() && dataRow) {
                throw new CodeSetFormatException(line.number(), line.tooLongProblem());
            }
            if (!dataRow) {
                if (firstBad == null && !line.text().isBlank()) {
                    firstBad = new NoReadableRowException.BadLine(line.number(),
                            line.tooLong() ? line.tooLongProblem() : notADataRow);
                }
                continue;
            }
            parser.parse(line.number(), fields);
            rows++;
        }
        if (rows == 0) {
            throw new NoReadableRowException(table, firstBad);
        }
    }

    private RuleRows() {
    }
}
