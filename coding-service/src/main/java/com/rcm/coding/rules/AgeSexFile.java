package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import com.rcm.coding.codeset.NoReadableRowException;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the age and sex conflict table: CSV with the header {@code codePrefix,sex,minAge,maxAge,note},
 * one row per ICD-10-CM code prefix, as transcribed from the CMS Medicare Code Editor's age and sex
 * edit lists. Lines starting with # are comments.
 */
public final class AgeSexFile {

    /** The table's rows; a malformed row stops the import, and a file without a row is refused. */
    public static List<AgeSexRule> read(BufferedReader reader) {
        List<AgeSexRule> rules = new ArrayList<>();
        List<NoReadableRowException.BadLine> skipped = new ArrayList<>(1);
        CsvRows.read(reader, row -> {
            int lineNumber = row.line();
            List<String> f = row.fields();
            String first = f.isEmpty() ? "" : f.get(0);
            if (row.blank() || first.startsWith("#") || first.toLowerCase().startsWith("codeprefix")) {
                if (skipped.isEmpty() && !row.blank()) {
                    skipped.add(new NoReadableRowException.BadLine(lineNumber, "a comment or the header, not a row"));
                }
                return;
            }
            if (row.tooLong()) {
                throw new CodeSetFormatException(lineNumber, row.tooLongProblem());
            }
            String prefix = first.replace(".", "").toUpperCase();
            if (!prefix.matches("[A-Z][0-9A-Z]{0,6}")) {
                throw new CodeSetFormatException(lineNumber, "'" + first + "' is not an ICD-10-CM code prefix");
            }
            String sex = field(f, 1);
            if (sex != null && !sex.matches("[FM]")) {
                throw new CodeSetFormatException(lineNumber, "sex must be F, M or empty, found '" + sex + "'");
            }
            rules.add(new AgeSexRule(prefix, sex, age(f, 2, lineNumber), age(f, 3, lineNumber), field(f, 4)));
        });
        if (rules.isEmpty()) {
            // Importing nothing would empty the table the age and sex edits read.
            throw new NoReadableRowException("age and sex", skipped.isEmpty() ? null : skipped.get(0));
        }
        return rules;
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() && !fields.get(index).isEmpty() ? fields.get(index) : null;
    }

    private static Integer age(List<String> fields, int index, int lineNumber) {
        String value = field(fields, index);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new CodeSetFormatException(lineNumber, "age '" + value + "' is not a whole number of years");
        }
    }

    private AgeSexFile() {}
}
