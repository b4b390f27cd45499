package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import com.rcm.coding.codeset.NoReadableRowException;
import java.io.BufferedReader;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a CMS rule table is walked: its CSV records split into fields, the ones that start like a data row
 * parsed, everything else (copyright, headers, blank lines) skipped. A data row with a line longer than
 * a line may be stops the import; a file in which no record is a data row is refused naming its first
 * bad line.
 */
final class RuleRows {

    /** Parses one data row; throws {@link CodeSetFormatException} when the row breaks the layout. */
    interface RowParser {
        void parse(int lineNumber, List<String> fields);
    }

    static void read(
            BufferedReader reader,
            String table,
            Predicate<List<String>> isDataRow,
            String notADataRow,
            RowParser parser) {
        Counter counter = new Counter();
        CsvRows.read(reader, row -> {
            boolean dataRow = isDataRow.test(row.fields());
            if (row.tooLong() && dataRow) {
                throw new CodeSetFormatException(row.line(), row.tooLongProblem());
            }
            if (!dataRow) {
                if (counter.firstBad == null && !row.blank()) {
                    counter.firstBad = new NoReadableRowException.BadLine(
                            row.line(), row.tooLong() ? row.tooLongProblem() : notADataRow);
                }
                return;
            }
            parser.parse(row.line(), row.fields());
            counter.rows++;
        });
        if (counter.rows == 0) {
            throw new NoReadableRowException(table, counter.firstBad);
        }
    }

    /** What the walk has seen so far. */
    private static final class Counter {
        private NoReadableRowException.BadLine firstBad;
        private int rows;
    }

    private RuleRows() {}
}
