package com.rcm.coding.codeset;

/**
 * An imported file in which not one line is a row of its table: refused as a whole (422) and named by
 * its first bad line, rather than loaded as nothing.
 */
public class NoReadableRowException extends RuntimeException {
    public NoReadableRowException(String table, BadLine first) {
        super("no line of the file is a readable " + table + " row"
                + (first == null
                        ? ": the file is empty"
                        : "; the first bad line is line " + first.number() + ": " + first.problem()));
    }

    /** A line that is not a row, and why. */
    public record BadLine(int number, String problem) {}
}
