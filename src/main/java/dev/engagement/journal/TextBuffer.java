package dev.engagement.journal;

import java.io.Writer;

/** A {@link java.io.StringWriter} without the locking of its {@code StringBuffer}: one record's JSON. */
final class TextBuffer extends Writer {
    private final StringBuilder text;

    TextBuffer(int capacity) {
        text = new StringBuilder(capacity);
    }

    /** Writes into {@code text}, which the caller may append to between writes. */
    TextBuffer(StringBuilder text) {
        this.text = text;
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(char[] cs, int off, int len) {
        text.append(cs, off, len);
    }

    @Override
    public Writer append(CharSequence csq) {
        text.append(csq);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
