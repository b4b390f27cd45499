package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the age and sex conflict table: CSV with the header {@code codePrefix,sex,minAge,maxAge,note},
 * one row per ICD-10-CM code prefix, as transcribed from the CMS Medicare Code Editor's age and sex
 * edit lists. Lines starting with # are comments.
 */
public final class AgeSexFile {

    public static List<AgeSexRule> read(BufferedReader reader) {
        List<AgeSexRule> rules = new ArrayList<>();
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#") || line.toLowerCase().startsWith("codeprefix")) {
                    continue;
                }
                List<String> f = DelimitedLine.split(line);
                String prefix = f.get(0).replace(".", "").toUpperCase();
                if (!prefix.matches("[A-Z][0-9A-Z]{0,6}")) {
                    throw new CodeSetFormatException(lineNumber, "'" + f.get(0) + "' is not an ICD-10-CM code prefix");
                }
                String sex = field(f, 1);
                if (sex != null && !sex.matches("[FM]")) {
                    throw new CodeSetFormatException(lineNumber, "sex must be F, M or empty, found '" + sex + "'");
                }
                rules.add(new AgeSexRule(prefix, sex, age(f, 2, lineNumber), age(f, 3, lineNumber), field(f, 4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private AgeSexFile() {
    }
}
