package com.rcm.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one interchange holding one functional group and one transaction set, and keeps the
 * SE segment count. Unlike the lower-level {@link SegmentWriter}, it writes the envelope itself
 * from an {@link InterchangeEnvelope} and validates as it goes. StAEDI checks the ISA/GS/ST/SE/GE/IEA structure against its X12 00501
 * control schema while writing, so a bad envelope fails here and not at the clearinghouse.
 * Delimiters: element "*", component ":", repetition "^", segment "~".
 */
public final class InterchangeWriter implements AutoCloseable {

    private static final String ISA_VERSION = "00501";
    private static final Schema CONTROL_SCHEMA = loadControlSchema();

    private final EDIStreamWriter writer;
    private final InterchangeEnvelope envelope;
    private int transactionSegments;

    private InterchangeWriter(EDIStreamWriter writer, InterchangeEnvelope envelope) {
        this.writer = writer;
        this.envelope = envelope;
    }

    /**
     * Writes ISA, GS and ST; the caller writes the body, then {@link #finish()}.
     *
     * @param implementationVersion GS08, e.g. "005010X222A1"
     * @param stImplementationReference ST03: the 837P guide requires it, the 835 guide's samples
     *                                  and most payers leave it out (null)
     */
    public static InterchangeWriter start(
            OutputStream out,
            boolean prettyPrint,
            InterchangeEnvelope envelope,
            String functionalIdentifier,
            String transactionSetId,
            String implementationVersion,
            String stImplementationReference) {
        return start(
                out,
                prettyPrint,
                envelope,
                functionalIdentifier,
                transactionSetId,
                implementationVersion,
                stImplementationReference,
                null);
    }

    /** As above, and validates the body against {@code transactionSchema} while writing it. */
    public static InterchangeWriter start(
            OutputStream out,
            boolean prettyPrint,
            InterchangeEnvelope envelope,
            String functionalIdentifier,
            String transactionSetId,
            String implementationVersion,
            String stImplementationReference,
            Schema transactionSchema) {
        envelope.requireWritable();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, prettyPrint);
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, '^');
        EDIStreamWriter writer = factory.createEDIStreamWriter(out);
        writer.setControlSchema(CONTROL_SCHEMA);
        InterchangeWriter segments = new InterchangeWriter(writer, envelope);
        segments.writeHeaders(functionalIdentifier, transactionSetId, implementationVersion, stImplementationReference);
        if (transactionSchema != null) {
            writer.setTransactionSchema(transactionSchema);
        }
        return segments;
    }

    private void writeHeaders(
            String functionalIdentifier,
            String transactionSetId,
            String implementationVersion,
            String stImplementationReference) {
        try {
            writer.startInterchange();
            writer.writeStartSegment("ISA");
            for (String value : new String[] {
                "00",
                " ".repeat(10),
                "00",
                " ".repeat(10),
                envelope.senderQualifier(),
                pad(envelope.senderId(), 15),
                envelope.receiverQualifier(),
                pad(envelope.receiverId(), 15),
                X12Dates.isaDate(envelope.createdAt().toLocalDate()),
                X12Dates.hhmm(envelope.createdAt().toLocalTime()),
                "^",
                ISA_VERSION,
                String.format("%09d", envelope.interchangeControlNumber()),
                "0",
                envelope.usage().code(),
                ":"
            }) {
                writer.writeElement(value);
            }
            writer.writeEndSegment();
        } catch (EDIStreamException | EDIValidationException e) {
            throw new X12Exception("writing ISA failed: " + e.getMessage(), e);
        }
        raw(
                "GS",
                functionalIdentifier,
                envelope.senderId(),
                envelope.receiverId(),
                X12Dates.d8(envelope.createdAt().toLocalDate()),
                X12Dates.hhmm(envelope.createdAt().toLocalTime()),
                Integer.toString(envelope.groupControlNumber()),
                "X",
                implementationVersion);
        segment("ST", transactionSetId, envelope.transactionSetControlNumber(), stImplementationReference);
    }

    /**
     * Writes one body segment. Each element is a String (null or "" for an empty element) or a
     * String[] for a composite (null components become empty ones, trailing ones are dropped).
     */
    public InterchangeWriter segment(String tag, Object... elements) {
        raw(tag, elements);
        transactionSegments++;
        return this;
    }

    /** Writes SE (with the count of ST through SE), GE and IEA, and flushes. */
    public void finish() {
        segment("SE", Integer.toString(transactionSegments + 1), envelope.transactionSetControlNumber());
        raw("GE", "1", Integer.toString(envelope.groupControlNumber()));
        raw("IEA", "1", String.format("%09d", envelope.interchangeControlNumber()));
        try {
            writer.endInterchange();
            writer.flush();
        } catch (EDIStreamException | EDIValidationException e) {
            throw new X12Exception("ending the interchange failed: " + e.getMessage(), e);
        }
    }

    private void raw(String tag, Object... elements) {
        int last = elements.length;
        while (last > 0 && isEmpty(elements[last - 1])) {
            last--;
        }
        try {
            writer.writeStartSegment(tag);
            for (int i = 0; i < last; i++) {
                Object element = elements[i];
                if (element instanceof String[] composite) {
                    writeComposite(composite);
                } else if (isEmpty(element)) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement(clean(element.toString()));
                }
            }
            writer.writeEndSegment();
        } catch (EDIStreamException | EDIValidationException e) {
            throw new X12Exception("writing " + tag + " failed: " + e.getMessage(), e);
        }
    }

    private void writeComposite(String[] components) throws EDIStreamException {
        List<String> parts = new ArrayList<>(Arrays.asList(components));
        while (!parts.isEmpty() && X12Text.isBlank(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        writer.writeStartElement();
        for (String part : parts) {
            if (X12Text.isBlank(part)) {
                writer.writeEmptyComponent();
            } else {
                writer.writeComponent(clean(part));
            }
        }
        writer.endElement();
    }

    private static boolean isEmpty(Object element) {
        if (element == null) {
            return true;
        }
        if (element instanceof String[] composite) {
            return Arrays.stream(composite).allMatch(X12Text::isBlank);
        }
        return element.toString().isEmpty();
    }

    /**
     * X12 has no escape character: a delimiter inside a name would split the segment, so it is
     * replaced by a space, as clearinghouses do.
     */
    private static String clean(String value) {
        return value.replace('*', ' ').replace('~', ' ').replace(':', ' ').replace('^', ' ');
    }

    private static String pad(String value, int width) {
        return String.format("%-" + width + "s", value);
    }

    private static Schema loadControlSchema() {
        try {
            return SchemaFactory.newFactory()
                    .getControlSchema(EDIStreamConstants.Standards.X12, new String[] {ISA_VERSION});
        } catch (EDISchemaException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (EDIStreamException e) {
            throw new X12Exception("closing the X12 writer failed", e);
        }
    }
}
