package com.rcm.x12;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulls whole segments out of StAEDI's event stream, one at a time, so transaction readers
 * can be written as "on this segment, in this loop, do that" without tracking element events.
 * StAEDI validates the ISA/GS/ST control structure as it goes (its default). Two ways to use it:
 * {@link #read(String)} takes a whole text and refuses it on any error; an instance streams and
 * collects what StAEDI reports as {@link X12Issue}s instead of stopping the read.
 */
public final class SegmentReader implements AutoCloseable {
    private static final int MAX_ERRORS = 20;

    private final EDIStreamReader reader;
    private final Schema transactionSchema;
    private final List<X12Issue> issues = new ArrayList<>();

    /** Validates the envelope only. */
    public SegmentReader(InputStream input) {
        this(input, null);
    }

    /** Validates the envelope and, when a schema is given, every transaction set's body against it. */
    public SegmentReader(InputStream input, Schema transactionSchema) {
        this.transactionSchema = transactionSchema;
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        // Trailing spaces or newlines after the last IEA are common in files from payers.
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        this.reader = factory.createEDIStreamReader(input);
    }

    /**
     * All segments of {@code x12}; any envelope error StAEDI reports makes the whole text invalid.
     *
     * @throws InvalidX12Exception listing up to 20 errors
     */
    public static List<Segment> read(String x12) {
        if (x12 == null || !x12.stripLeading().startsWith("ISA")) {
            throw new InvalidX12Exception(List.of("an X12 interchange starts with an ISA segment"));
        }
        List<Segment> segments = new ArrayList<>();
        List<X12Issue> issues;
        try (SegmentReader reader =
                new SegmentReader(new ByteArrayInputStream(x12.stripLeading().getBytes(StandardCharsets.ISO_8859_1)))) {
            for (Segment segment = reader.next(); segment != null; segment = reader.next()) {
                segments.add(segment);
            }
            issues = reader.issues();
        } catch (X12Exception e) {
            throw new InvalidX12Exception(List.of("unreadable X12: " + e.getMessage()));
        }
        if (!issues.isEmpty()) {
            throw new InvalidX12Exception(issues.stream()
                    .limit(MAX_ERRORS)
                    .map(SegmentReader::describe)
                    .toList());
        }
        return segments;
    }

    private static String describe(X12Issue issue) {
        return issue.error() + " at segment " + issue.segmentPosition() + " (" + issue.segmentTag() + ")"
                + (issue.elementPosition() > 0 ? " element " + issue.elementPosition() : "");
    }

    /** The next segment, or null at the end of the input. */
    public Segment next() {
        try {
            String tag = null;
            List<List<String>> elements = new ArrayList<>();
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event.isError()) {
                    record();
                    continue;
                }
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = new ArrayList<>();
                    }
                    case ELEMENT_DATA -> {
                        if (tag != null) {
                            addData(elements, reader.getLocation(), reader.getText());
                        }
                    }
                    case END_SEGMENT -> {
                        if (tag != null) {
                            return new Segment(tag, elements);
                        }
                    }
                    case START_TRANSACTION -> {
                        if (transactionSchema != null) {
                            reader.setTransactionSchema(transactionSchema);
                        }
                    }
                    default -> {
                        // Interchange, group, transaction and loop boundaries: the segments say it too.
                    }
                }
            }
            return null;
        } catch (EDIStreamException e) {
            throw new X12Exception("not readable as X12: " + e.getMessage(), e);
        }
    }

    public List<X12Issue> issues() {
        return List.copyOf(issues);
    }

    private static void addData(List<List<String>> elements, Location location, String text) {
        if (location.getElementOccurrence() > 1) {
            // Repeated elements (^) are not used by anything the readers extract.
            return;
        }
        int position = location.getElementPosition();
        while (elements.size() < position) {
            elements.add(new ArrayList<>());
        }
        List<String> element = elements.get(position - 1);
        int component = Math.max(location.getComponentPosition(), 1);
        while (element.size() < component - 1) {
            element.add("");
        }
        element.add(text);
    }

    private void record() {
        Location location = reader.getLocation();
        String text = null;
        try {
            text = reader.getText();
        } catch (IllegalStateException e) {
            // Some segment-level errors carry no text.
        }
        issues.add(new X12Issue(
                location.getSegmentTag(),
                location.getSegmentPosition(),
                location.getElementPosition(),
                reader.getErrorType().name(),
                text));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new X12Exception("closing the X12 reader failed", e);
        }
    }
}
