package com.rcm.coding.codeset;

/** A line of an imported file that does not follow its official layout; the import stops and says where. */
public class CodeSetFormatException extends RuntimeException {
    public CodeSetFormatException(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
    }
}
