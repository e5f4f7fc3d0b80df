package dev.engagement.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a read at an absurdly long line, so that a file without line breaks ({@code /dev/zero}, a
 * gzip holding one huge line) ends in a {@code file:line} error instead of filling the memory. For
 * JSON, whose documents may legitimately be one long line, any of {@code , { } [ ] :} ends a run
 * too, so only a single huge token is refused.
 */
final class BoundedLines extends FilterReader {
    /** Far beyond any line or token that holds a Tweet ID (a Tweet link with a long query is a few kB). */
    static final int LIMIT = 1 << 20;

    private final boolean json;
    private long line = 1;
    private int run;
    /** Whether the last character was a carriage return: a line feed right after it ends no further line. */
    private boolean afterReturn;

    BoundedLines(Reader in, boolean json) {
        super(in);
        this.json = json;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) {
        boolean endOfCrLf = c == '\n' && afterReturn;
        afterReturn = c == '\r';
        if (c == '\n' || c == '\r') {
            if (!endOfCrLf) {
                line++;
            }
            run = 0;
        } else if (json && (c == ',' || c == '{' || c == '}' || c == '[' || c == ']' || c == ':')) {
            run = 0;
        } else if (++run > LIMIT) {
            throw tooLong(line, json);
        }
    }

    /** The error for a line (or, in JSON, a value) longer than {@link #LIMIT}. */
    static InputSyntaxException tooLong(long line, boolean json) {
        return new InputSyntaxException(line, (json ? "a JSON value" : "a line") + " longer than " + LIMIT
                + " characters, which no Tweet ID needs; is this the right file?");
    }
}
