package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a CMS MUE table (practitioner, outpatient hospital or DME) as CMS exports it to CSV or text:
 * HCPCS/CPT Code, MUE Value, MUE Adjudication Indicator (such as "2 Date of Service Edit: Policy")
 * and MUE Rationale. Header and copyright lines are skipped: a data row starts with a code.
 */
public final class MueFile {

    public static void read(BufferedReader reader, Consumer<MueLimit> sink) {
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                List<String> f = DelimitedLine.split(line);
                if (f.isEmpty() || !f.get(0).matches("[0-9A-Z]{4}[0-9A-Z]")) {
                    continue;
                }
                if (f.size() < 3) {
                    throw new CodeSetFormatException(lineNumber, "an MUE row has at least 3 columns, found " + f.size());
                }
                int units;
                try {
                    units = Integer.parseInt(f.get(1));
                } catch (NumberFormatException e) {
                    throw new CodeSetFormatException(lineNumber, "MUE value '" + f.get(1) + "' is not a whole number");
                }
                String indicator = f.get(2);
                if (indicator.isEmpty() || "123".indexOf(indicator.charAt(0)) < 0) {
                    throw new CodeSetFormatException(lineNumber, "MUE adjudication indicator must start with 1, 2 "
                            + "or 3, found '" + indicator + "'");
                }
                sink.accept(new MueLimit(f.get(0), units, indicator.charAt(0), f.size() > 3 ? f.get(3) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MueFile() {
    }
}
