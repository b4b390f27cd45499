package com.rcm.x12;

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

    @Override
    public String toString() {
        String where = elementPosition > 0
                ? segmentTag + String.format("%02d", elementPosition)
                : segmentTag;
        return where + " (segment " + segmentPosition + "): " + error
                + (text == null || text.isEmpty() ? "" : " '" + text + "'");
    }
}
