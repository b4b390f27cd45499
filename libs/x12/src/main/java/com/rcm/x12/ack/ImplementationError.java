package com.rcm.x12.ack;

import com.rcm.x12.X12Issue;
import java.util.Map;

/**
 * One error a 999 reports about a transaction set: the segment (IK3) and, for an element error, the
 * element (IK4), with the X12 error codes (718 for segments, 723 for elements).
 *
 * @param segmentPosition  position in the transaction set, ST being 1 (IK302)
 * @param segmentErrorCode IK304: "8" when the segment's fault is in an element
 * @param elementPosition  IK401-1, 0 for a segment-level error
 * @param elementErrorCode IK403, null for a segment-level error
 * @param badValue         IK404, the offending value when there is one
 */
public record ImplementationError(
        String segmentId,
        int segmentPosition,
        String segmentErrorCode,
        int elementPosition,
        String elementErrorCode,
        String badValue) {

    /** X12 718 codes for StAEDI's segment-level validation errors. */
    private static final Map<String, String> SEGMENT_CODES = Map.ofEntries(
            Map.entry("UNRECOGNIZED_SEGMENT_ID", "1"),
            Map.entry("UNEXPECTED_SEGMENT", "2"),
            Map.entry("MANDATORY_SEGMENT_MISSING", "3"),
            Map.entry("LOOP_OCCURS_OVER_MAXIMUM_TIMES", "4"),
            Map.entry("SEGMENT_EXCEEDS_MAXIMUM_USE", "5"),
            Map.entry("SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET", "6"),
            Map.entry("SEGMENT_NOT_IN_PROPER_SEQUENCE", "7"),
            Map.entry("SEGMENT_HAS_DATA_ELEMENT_ERRORS", "8"),
            Map.entry("IMPLEMENTATION_UNUSED_SEGMENT_PRESENT", "I4"),
            Map.entry("IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING", "I6"),
            Map.entry("IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES", "I7"),
            Map.entry("IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE", "I8"),
            Map.entry("IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT", "I9"));

    /** X12 723 codes for StAEDI's element-level validation errors. */
    private static final Map<String, String> ELEMENT_CODES = Map.ofEntries(
            Map.entry("REQUIRED_DATA_ELEMENT_MISSING", "1"),
            Map.entry("CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING", "2"),
            Map.entry("TOO_MANY_DATA_ELEMENTS", "3"),
            Map.entry("DATA_ELEMENT_TOO_SHORT", "4"),
            Map.entry("DATA_ELEMENT_TOO_LONG", "5"),
            Map.entry("INVALID_CHARACTER_DATA", "6"),
            Map.entry("INVALID_CODE_VALUE", "7"),
            Map.entry("INVALID_DATE", "8"),
            Map.entry("INVALID_TIME", "9"),
            Map.entry("EXCLUSION_CONDITION_VIOLATED", "10"),
            Map.entry("TOO_MANY_REPETITIONS", "12"),
            Map.entry("TOO_MANY_COMPONENTS", "13"),
            Map.entry("IMPLEMENTATION_INVALID_CODE_VALUE", "I6"),
            Map.entry("IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING", "I9"),
            Map.entry("IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT", "I10"),
            Map.entry("IMPLEMENTATION_TOO_FEW_REPETITIONS", "I11"),
            Map.entry("IMPLEMENTATION_PATTERN_MATCH_FAILURE", "I12"),
            Map.entry("IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT", "I13"));

    public boolean isElementError() {
        return elementErrorCode != null;
    }

    /**
     * The 999 error for a validation issue StAEDI found in a transaction set whose ST was at
     * interchange segment position {@code stPosition}; element errors of unknown kind count as invalid
     * character data (6), segment errors of unknown kind as unexpected (2).
     */
    public static ImplementationError of(X12Issue issue, int stPosition) {
        int position = issue.segmentPosition() - stPosition + 1;
        String elementCode = ELEMENT_CODES.get(issue.error());
        if (elementCode != null || issue.elementPosition() > 0) {
            return new ImplementationError(
                    issue.segmentTag(),
                    position,
                    "8",
                    Math.max(issue.elementPosition(), 1),
                    elementCode == null ? "6" : elementCode,
                    issue.text());
        }
        return new ImplementationError(
                issue.segmentTag(), position, SEGMENT_CODES.getOrDefault(issue.error(), "2"), 0, null, null);
    }

    /** "CLM at segment 19: element 2 error 6 (ABC)", as a biller reads it. */
    public String describe() {
        String segment = segmentId + " at segment " + segmentPosition;
        if (!isElementError()) {
            return segment + ": segment error " + segmentErrorCode;
        }
        return segment + ": element " + elementPosition + " error " + elementErrorCode
                + (badValue == null || badValue.isEmpty() ? "" : " (" + badValue + ")");
    }
}
