package com.rcm.x12;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xlate.edi.schema.Schema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What the schema tests share: reading an interchange against a schema, and editing one segment of it. */
public final class SchemaChecks {

    /** Every issue StAEDI reports for {@code x12} read against {@code schema}. */
    public static List<X12Issue> issues(String x12, Schema schema) {
        try (SegmentReader segments =
                new SegmentReader(new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)), schema)) {
            while (segments.next() != null) {
                // Issues are collected as the segments go by.
            }
            return segments.issues();
        }
    }

    /** {@code x12} with one edit and SE01 recounted, so that the edit is the only thing wrong. */
    public static String edit(String x12, String from, String to) {
        assertTrue(x12.contains(from), () -> "no '" + from + "' in " + x12);
        List<String> segments = Arrays.asList(x12.replace(from, to).split("~"));
        int st = indexOf(segments, "ST*");
        int se = indexOf(segments, "SE*");
        String[] trailer = segments.get(se).split("\\*");
        segments.set(se, "SE*" + (se - st + 1) + "*" + trailer[2]);
        return String.join("~", segments) + "~";
    }

    public static String describe(List<X12Issue> issues) {
        return issues.stream().map(issue -> "  " + issue).collect(Collectors.joining("\n"));
    }

    private static int indexOf(List<String> segments, String prefix) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix + " segment");
    }

    private SchemaChecks() {}
}
