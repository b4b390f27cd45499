package com.rcm.x12;

import java.util.Locale;
import java.util.Map;

/**
 * One problem StAEDI's validation reported while reading: the envelope (ISA/GS/ST control
 * structure) always, the transaction body when a transaction schema is in use.
 *
 * @param segmentTag      the segment the problem is in, e.g. "GS"
 * @param segmentPosition 1-based position of that segment in the interchange
 * @param elementPosition 1-based element position, or -1 for a segment-level problem
 * @param error           StAEDI's name for it, e.g. CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
 * @param text            the offending value, when there is one
 */
public record X12Issue(String segmentTag, int segmentPosition, int elementPosition, String error, String text) {

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("REQUIRED_DATA_ELEMENT_MISSING", "a value the guide requires here"),
            Map.entry("CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING", "a value the guide requires with a related element"),
            Map.entry("EXCLUSION_CONDITION_VIOLATED", "only one of elements the guide lets appear alone"),
            Map.entry("IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT", "no value: the guide does not use this element"),
            Map.entry("IMPLEMENTATION_UNUSED_SEGMENT_PRESENT", "no such segment: the guide does not use it here"),
            Map.entry("INVALID_CODE_VALUE", "a code from the standard's list"),
            Map.entry("IMPLEMENTATION_INVALID_CODE_VALUE", "a code from the guide's list"),
            Map.entry("INVALID_DATE", "a date (CCYYMMDD)"),
            Map.entry("INVALID_TIME", "a time (HHMM)"),
            Map.entry("INVALID_CHARACTER_DATA", "characters of the element's type"),
            Map.entry("DATA_ELEMENT_TOO_LONG", "a value no longer than the guide allows"),
            Map.entry("DATA_ELEMENT_TOO_SHORT", "a value no shorter than the guide allows"),
            Map.entry("TOO_MANY_DATA_ELEMENTS", "no more elements than the segment has"),
            Map.entry("TOO_MANY_COMPONENTS", "no more components than the composite has"),
            Map.entry("TOO_MANY_REPETITIONS", "no more repetitions than the guide allows"),
            Map.entry("MANDATORY_SEGMENT_MISSING", "a segment the guide requires"),
            Map.entry("IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE", "a segment the guide requires"),
            Map.entry("IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES", "a loop the guide requires"),
            Map.entry("SEGMENT_EXCEEDS_MAXIMUM_USE", "no more of this segment than the guide allows"),
            Map.entry("LOOP_OCCURS_OVER_MAXIMUM_TIMES", "no more of this loop than the guide allows"),
            Map.entry("UNEXPECTED_SEGMENT", "the segment where the guide places it"),
            Map.entry("SEGMENT_NOT_IN_PROPER_SEQUENCE", "the segment where the guide places it"),
            Map.entry("SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET", "a segment of the 835"),
            Map.entry("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT", "the count of what the trailer closes"),
            Map.entry("CONTROL_REFERENCE_MISMATCH", "the control number of the matching header"),
            Map.entry("COMPONENT_SEPARATOR_INCONSISTENT", "the component separator the ISA declares (ISA16)"),
            Map.entry("PAYMENT_DATE_IN_NEIGHBOURING_ELEMENT", "the payment date in BPR16"),
            Map.entry("QUANTITY_UNREADABLE", "a number"));

    /** What the guide expected where this issue was found, in words for a biller. */
    public String expected() {
        return EXPECTED.getOrDefault(error, error.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    @Override
    public String toString() {
        String where = elementPosition > 0 ? segmentTag + String.format("%02d", elementPosition) : segmentTag;
        return where + " (segment " + segmentPosition + "): " + error
                + (text == null || text.isEmpty() ? "" : " '" + text + "'");
    }
}
