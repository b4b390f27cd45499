package com.rcm.coding.codeset;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The lines of an imported file, each held to {@link #MAX_CHARS} characters: a longer line is read to
 * its end but only its start is kept, and it is marked too long. An upload of one endless line is then
 * a bad line, not a heap filled by {@code readLine}. Line ends as {@code BufferedReader} knows them
 * (LF, CR LF, CR).
 */
public final class FileLines {
    /** Far above any official layout (HCPCS records are 320 characters, NCCI rows with rationale under 300). */
    public static final int MAX_CHARS = 8_192;

    /** One line: its number from 1, its text (at most MAX_CHARS) and whether more was cut off. */
    public record Line(int number, String text, boolean tooLong) {
        public String tooLongProblem() {
            return "longer than " + MAX_CHARS + " characters";
        }
    }

    private final Reader reader;
    private final char[] buffer = new char[8_192];
    private int position;
    private int length;
    private int number;
    private boolean skipLineFeed;

    public FileLines(Reader reader) {
        this.reader = reader;
    }

    /** The next line, or null at the end of the file. */
    public Line next() {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        boolean started = false;
        while (true) {
            if (position >= length && !fill()) {
                if (!started) {
                    return null;
                }
                break;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            started = true;
            int start = position;
            while (position < length && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int room = MAX_CHARS - text.length();
            int run = position - start;
            if (run > room) {
                tooLong = true;
            }
            text.append(buffer, start, Math.min(run, room));
            if (position < length) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                break;
            }
        }
        number++;
        return new Line(number, text.toString(), tooLong);
    }

    private boolean fill() {
        try {
            int n;
            do {
                n = reader.read(buffer, 0, buffer.length);
            } while (n == 0);
            position = 0;
            length = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
