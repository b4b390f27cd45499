package com.rcm.coding.rules;

import com.rcm.coding.codeset.CodeSetFormatException;
import com.rcm.coding.codeset.FileLines;
import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;

/**
 * Hands the CSV parser each physical line cut to {@link FileLines#MAX_CHARS} characters, reading the rest
 * of a longer line away and noting its number, so an upload of one endless line is a bad line rather than
 * a full heap. A record that runs on past {@link #MAX_RECORD_CHARS} (a quote never closed) stops the
 * import at the line it started on. Line ends as the parser counts them (LF, CR LF, CR).
 */
final class LineCappedReader extends Reader {
    /** Room for a few quoted line breaks in a rationale; far beyond any real row. */
    static final int MAX_RECORD_CHARS = 8 * FileLines.MAX_CHARS;

    private final Reader in;
    private final char[] buffer = new char[8_192];
    private final BitSet cutLines = new BitSet();
    private int position;
    private int length;
    private int line = 1;
    private int lineChars;
    private boolean afterCarriageReturn;
    private int sinceRecord;
    private int recordStart = 1;

    LineCappedReader(Reader in) {
        this.in = in;
    }

    /** Called after each record: the next one starts on {@code line}. */
    void recordEnded(int nextRecordLine) {
        recordStart = nextRecordLine;
        sinceRecord = 0;
    }

    /** Whether a line from {@code first} to {@code last} was cut. */
    boolean cutBetween(int first, int last) {
        int cut = cutLines.nextSetBit(first);
        return cut >= 0 && cut <= last;
    }

    @Override
    public int read(char[] out, int offset, int count) throws IOException {
        int n = 0;
        while (n < count) {
            if (position >= length) {
                if (n > 0 || !fill()) {
                    break;
                }
            }
            char c = buffer[position++];
            if (c == '\n' || c == '\r') {
                if (c == '\r' || !afterCarriageReturn) {
                    line++;
                }
                afterCarriageReturn = c == '\r';
                lineChars = 0;
            } else {
                afterCarriageReturn = false;
                if (lineChars >= FileLines.MAX_CHARS) {
                    cutLines.set(line);
                    continue;
                }
                lineChars++;
            }
            if (++sinceRecord > MAX_RECORD_CHARS) {
                throw new CodeSetFormatException(
                        recordStart,
                        "a row runs on past " + MAX_RECORD_CHARS + " characters; is a closing quote missing?");
            }
            out[offset + n++] = c;
        }
        return n == 0 && count > 0 ? -1 : n;
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        length = Math.max(read, 0);
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
