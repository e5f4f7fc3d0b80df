package dev.engagement.output;

import java.io.Writer;

/**
 * A Writer into a reusable StringBuilder. Unlike StringWriter and BufferedWriter it takes no lock
 * per call, which matters when a JsonWriter writes a Tweet's counts a few characters at a time.
 */
final class TextBuffer extends Writer {
    private final StringBuilder text = new StringBuilder(4096);

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    CharSequence text() {
        return text;
    }

    void clear() {
        text.setLength(0);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
