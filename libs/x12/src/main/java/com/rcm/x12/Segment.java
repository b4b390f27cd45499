package com.rcm.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * One X12 segment: its tag and its elements (1-based positions), each the list of components of
 * the element's first occurrence. A simple element is a composite of one component, so
 * {@code element(n)} works for both "WO" and "L6:1234".
 */
public record Segment(String tag, List<List<String>> elements) {

    public Segment {
        List<List<String>> copy = new ArrayList<>(elements.size());
        for (List<String> element : elements) {
            copy.add(element == null ? List.of() : List.copyOf(element));
        }
        elements = List.copyOf(copy);
    }

    public boolean is(String segmentTag, String firstElement) {
        return tag.equals(segmentTag) && element(1).equals(firstElement);
    }

    /** Number of element positions present, trailing empties included. */
    public int size() {
        return elements.size();
    }

    /** Element {@code position} (1-based) as text, first component of a composite; "" when absent. */
    public String element(int position) {
        return component(position, 1);
    }

    /** Like {@link #element(int)} but null when absent or empty, for optional model fields. */
    public String optional(int position) {
        return X12Text.blankToNull(element(position));
    }

    /** 1-based component of a composite element; "" when absent. */
    public String component(int position, int component) {
        List<String> parts = components(position);
        return component >= 1 && component <= parts.size() ? parts.get(component - 1) : "";
    }

    public List<String> components(int position) {
        return position >= 1 && position <= elements.size() ? elements.get(position - 1) : List.of();
    }

    /** The segment as X12 text without terminator; for diagnostics, may hold patient data. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(tag);
        for (List<String> element : elements) {
            out.append('*').append(String.join(":", element));
        }
        return out.toString();
    }
}
