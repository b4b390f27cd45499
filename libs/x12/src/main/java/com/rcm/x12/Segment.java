package com.rcm.x12;

import java.util.List;

/** One X12 segment: its tag and its elements, each a list of components (one for a simple element). */
public record Segment(String tag, List<List<String>> elements) {

    /** Element {@code position} (1-based) as text, first component of a composite; "" when absent. */
    public String element(int position) {
        return component(position, 1);
    }

    public String component(int position, int component) {
        if (position < 1 || position > elements.size()) {
            return "";
        }
        List<String> components = elements.get(position - 1);
        return component <= components.size() ? components.get(component - 1) : "";
    }

    public List<String> components(int position) {
        return position < 1 || position > elements.size() ? List.of() : elements.get(position - 1);
    }

    public boolean is(String segmentTag, String firstElement) {
        return tag.equals(segmentTag) && element(1).equals(firstElement);
    }
}
