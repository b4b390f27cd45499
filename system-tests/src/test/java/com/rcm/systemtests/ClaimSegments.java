package com.rcm.systemtests;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One claim's segments in an 837P interchange as sent, found by its patient control number (CLM01).
 * An interchange batches the practice's claims and groups claims of the same subscriber under one
 * subscriber loop, so a check on the whole text could count another claim's segments.
 */
final class ClaimSegments {
    private final List<String> segments;
    private final int clm;

    private ClaimSegments(List<String> segments, int clm) {
        this.segments = segments;
        this.clm = clm;
    }

    static ClaimSegments of(String x12, String patientControlNumber) {
        List<String> segments = Arrays.stream(x12.split("~")).map(String::strip).toList();
        int clm = IntStream.range(0, segments.size())
                .filter(i -> segments.get(i).startsWith("CLM*" + patientControlNumber + "*"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CLM*" + patientControlNumber + " in " + x12));
        return new ClaimSegments(segments, clm);
    }

    /** The SBR of the subscriber loop (2000B) the claim is under: SBR01 is its payer's place in the order. */
    String subscriberSbr() {
        int hl = clm;
        while (!segments.get(hl).startsWith("HL*")) {
            hl--;
        }
        return segments.subList(hl, clm).stream()
                .filter(s -> s.startsWith("SBR*"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no subscriber SBR before " + segments.get(clm)));
    }

    /** The claim's segments starting with {@code prefix}: its 2300 loop and the 2320, 2400, 2430 loops in it. */
    List<String> starting(String prefix) {
        int end = clm + 1;
        while (end < segments.size() && !endsTheClaim(segments.get(end))) {
            end++;
        }
        return segments.subList(clm, end).stream()
                .filter(s -> s.startsWith(prefix))
                .toList();
    }

    private static boolean endsTheClaim(String segment) {
        return segment.startsWith("CLM*") || segment.startsWith("HL*") || segment.startsWith("SE*");
    }
}
