package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import com.rcm.coding.codeset.NoReadableRowException;
import java.io.BufferedReader;
import java.util.function.Consumer;

/**
 * Reads a CMS MUE table (practitioner, outpatient hospital or DME) as CMS exports it to CSV or text:
 * HCPCS/CPT Code, MUE Value, MUE Adjudication Indicator (such as "2 Date of Service Edit: Policy")
 * and MUE Rationale. Header and copyright lines are skipped: a data row starts with a code.
 */
public final class MueFile {

    /**
     * Streams every row to {@code sink}. A data row that breaks the layout stops the import
     * ({@link CodeSetFormatException}); a file without a single row is a {@link NoReadableRowException}
     * naming its first bad line.
     */
    public static void read(BufferedReader reader, Consumer<MueLimit> sink) {
        RuleRows.read(
                reader,
                "MUE",
                f -> !f.isEmpty() && f.get(0).matches("[0-9A-Z]{4}[0-9A-Z]"),
                "does not start with an HCPCS/CPT code",
                (lineNumber, f) -> {
                    if (f.size() < 3) {
                        throw new CodeSetFormatException(
                                lineNumber, "an MUE row has at least 3 columns, found " + f.size());
                    }
                    int units;
                    try {
                        units = Integer.parseInt(f.get(1));
                    } catch (NumberFormatException e) {
                        throw new CodeSetFormatException(
                                lineNumber, "MUE value '" + f.get(1) + "' is not a whole number");
                    }
                    String indicator = f.get(2);
                    if (indicator.isEmpty() || "123".indexOf(indicator.charAt(0)) < 0) {
                        throw new CodeSetFormatException(
                                lineNumber,
                                "MUE adjudication indicator must start with " + "1, 2 or 3, found '" + indicator + "'");
                    }
                    sink.accept(new MueLimit(f.get(0), units, indicator.charAt(0), f.size() > 3 ? f.get(3) : null));
                });
    }

    private MueFile() {}
}
