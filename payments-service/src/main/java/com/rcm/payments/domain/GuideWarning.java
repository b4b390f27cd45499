package com.rcm.payments.domain;

/**
 * A way an 835 strays from the implementation guide that did not stop it posting: where (segment
 * tag, its position in the file, the element), what was found and what the guide expected.
 *
 * @param element 1-based element position, null when the whole segment is meant
 * @param value   the value found, null when none
 */
public record GuideWarning(
        String segment, int segmentPosition, Integer element, String deviation, String expected, String value) {

    @Override
    public String toString() {
        String where = element == null ? segment : segment + String.format("%02d", element);
        return where + " (segment " + segmentPosition + "): "
                + deviation.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (value == null ? "" : " '" + value + "'") + "; expected " + expected;
    }
}
