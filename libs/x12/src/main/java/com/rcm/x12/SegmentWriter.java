package com.rcm.x12;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one X12 interchange with StAEDI, one segment per line, and counts the segments of the
 * transaction set so SE01 comes out right. Envelope segments (ISA, GS, GE, IEA) are not counted.
 */
public final class SegmentWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    private int transactionSegments;

    public SegmentWriter() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        writer = factory.createEDIStreamWriter(out);
    }

    /** Writes the interchange {@code body} produces and returns its text. */
    public static String interchange(Body body) {
        SegmentWriter segments = new SegmentWriter();
        try {
            segments.writer.startInterchange();
            body.write(segments);
            segments.writer.endInterchange();
            segments.writer.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("could not write the interchange: " + e.getMessage(), e);
        }
        return segments.out.toString(StandardCharsets.US_ASCII);
    }

    @FunctionalInterface
    public interface Body {
        void write(SegmentWriter segments) throws EDIStreamException;
    }

    /** A transaction-set segment; trailing empty elements are dropped, inner ones written empty. */
    public void segment(String tag, String... elements) throws EDIStreamException {
        writer.writeStartSegment(tag);
        int last = elements.length;
        while (last > 0 && elements[last - 1].isEmpty()) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (elements[i].isEmpty()) {
                writer.writeEmptyElement();
            } else {
                writer.writeElement(elements[i]);
            }
        }
        endSegment();
    }

    /** Starts a segment the caller fills through {@link #raw()} (composites), then ends with {@link #endSegment()}. */
    public EDIStreamWriter startSegment(String tag) throws EDIStreamException {
        return writer.writeStartSegment(tag);
    }

    public void endSegment() throws EDIStreamException {
        writer.writeEndSegment();
        transactionSegments++;
    }

    /** An envelope segment (ISA, GS, GE, IEA): written as given, not counted. */
    public void envelope(String tag, String... elements) throws EDIStreamException {
        writer.writeStartSegment(tag);
        for (String element : elements) {
            writer.writeElement(element);
        }
        writer.writeEndSegment();
    }

    /** SE: closes the transaction set with the number of its segments, SE included. */
    public void endTransaction(String controlNumber) throws EDIStreamException {
        segment("SE", String.valueOf(transactionSegments + 1), controlNumber);
        transactionSegments = 0;
    }

    public EDIStreamWriter raw() {
        return writer;
    }

    /** ISA's fixed-width fields: {@code value} left-aligned in {@code width} characters. */
    public static String pad(String value, int width) {
        String v = value.length() > width ? value.substring(0, width) : value;
        return String.format("%-" + width + "s", v);
    }
}
