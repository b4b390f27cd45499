package com.rcm.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams an X12 interchange with StAEDI into segments. StAEDI checks the envelope (ISA/GS/ST and
 * their trailers, control numbers and counts); any error it reports makes the whole text invalid.
 */
public final class SegmentReader {
    private static final int MAX_ERRORS = 20;

    public static List<Segment> read(String x12) {
        List<Segment> segments = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (x12 == null || !x12.stripLeading().startsWith("ISA")) {
            throw new InvalidX12Exception(List.of("an X12 interchange starts with an ISA segment"));
        }
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(x12.stripLeading().getBytes(StandardCharsets.ISO_8859_1)))) {
            String tag = null;
            List<List<String>> elements = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = new ArrayList<>();
                    }
                    case ELEMENT_DATA -> put(elements, reader.getLocation(), reader.getText());
                    case END_SEGMENT -> segments.add(new Segment(tag, elements));
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        if (errors.size() < MAX_ERRORS) {
                            errors.add(describe(reader));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (Exception e) {
            errors.add("unreadable X12: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidX12Exception(errors);
        }
        return segments;
    }

    private static void put(List<List<String>> elements, Location location, String text) {
        int element = location.getElementPosition();
        if (element < 1 || location.getElementOccurrence() > 1) {
            return; // repetitions beyond the first are not used by the transactions read here
        }
        while (elements.size() < element) {
            elements.add(new ArrayList<>());
        }
        List<String> components = elements.get(element - 1);
        int component = Math.max(location.getComponentPosition(), 1);
        while (components.size() < component - 1) {
            components.add("");
        }
        components.add(text == null ? "" : text);
    }

    private static String describe(EDIStreamReader reader) {
        Location location = reader.getLocation();
        return reader.getErrorType() + " at segment " + location.getSegmentPosition() + " ("
                + location.getSegmentTag() + ")" + (location.getElementPosition() > 0
                        ? " element " + location.getElementPosition() : "");
    }

    private SegmentReader() {
    }
}
