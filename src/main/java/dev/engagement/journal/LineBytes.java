package dev.engagement.journal;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one journal line as it is built, kept between lines so its capacity is not grown again:
 * JSON written through it as a {@link Writer} goes in as UTF-8, ready-made ASCII JSON (a response's
 * counts) goes in as it is, and {@link JournalLines#frame(LineBytes)} ends it with the checksum and newline. The line is
 * written to the file from here, never copied into a string first.
 */
final class LineBytes extends Writer {
    private byte[] bytes;
    private int length;
    /** Whether every byte so far is ASCII: then a byte's position is also its character's in the decoded text. */
    private boolean ascii = true;

    LineBytes(int capacity) {
        bytes = new byte[capacity];
    }

    void clear() {
        length = 0;
        ascii = true;
    }

    int length() {
        return length;
    }

    byte[] array() {
        return bytes;
    }

    boolean isAscii() {
        return ascii;
    }

    /** Appends {@code from} as it is: ASCII text already in the form the line needs. */
    void appendAscii(byte[] from) {
        ensure(from.length);
        System.arraycopy(from, 0, bytes, length, from.length);
        length += from.length;
    }

    @Override
    public void write(int c) {
        if (c < 0x80) {
            ensure(1);
            bytes[length++] = (byte) c;
        } else {
            encoded(String.valueOf((char) c));
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) {
        ensure(len);
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                encoded(s.substring(i, end));
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    @Override
    public void write(char[] cs, int off, int len) {
        write(new String(cs, off, len), 0, len);
    }

    @Override
    public Writer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    /**
     * Text that is not all ASCII, through the JDK's encoder (a surrogate pair is never split between
     * two writes: nothing between its halves is escaped).
     */
    private void encoded(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        ascii = false;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
