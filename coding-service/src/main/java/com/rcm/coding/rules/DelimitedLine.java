package com.rcm.coding.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of the CMS text exports: tab-delimited, or comma-separated with optional double quotes. */
final class DelimitedLine {

    static List<String> split(String line) {
        char delimiter = line.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    private DelimitedLine() {
    }
}
