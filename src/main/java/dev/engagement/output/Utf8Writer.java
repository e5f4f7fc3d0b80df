package dev.engagement.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 {@link Writer} over a stream without the locking of {@code BufferedWriter} and
 * {@code OutputStreamWriter}: Gson's writer hands over a few characters at a time, millions of times
 * in a large result, and each locked call costs more than the characters it carries.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    private char highSurrogate;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (c < 0x80 && highSurrogate == 0) {
            if (n == buf.length) {
                drain();
            }
            buf[n++] = (byte) c;
        } else {
            encode((char) c);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && highSurrogate == 0) {
                if (n == buf.length) {
                    drain();
                }
                buf[n++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = cs[i];
            if (c < 0x80 && highSurrogate == 0) {
                if (n == buf.length) {
                    drain();
                }
                buf[n++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    /** Writes {@code bytes[from, to)}, text already in UTF-8 (a span of a journal record), as it is. */
    void writeUtf8(byte[] bytes, int from, int to) throws IOException {
        endUnpairedSurrogate();
        int length = to - from;
        if (length <= buf.length - n) {
            System.arraycopy(bytes, from, buf, n, length);
            n += length;
        } else {
            drain();
            out.write(bytes, from, length);
        }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    private void encode(char c) throws IOException {
        if (n + 4 > buf.length) {
            drain();
        }
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[n++] = '?'; // an unpaired surrogate, as the JDK's encoder replaces it
            encode(c);
            return;
        }
        if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[n++] = '?';
        } else {
            buf[n++] = (byte) (0xE0 | (c >> 12));
            buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** A high surrogate left waiting with no low one to follow: written as '?', as the JDK's encoder does. */
    private void endUnpairedSurrogate() throws IOException {
        if (highSurrogate != 0) {
            highSurrogate = 0;
            write('?');
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        endUnpairedSurrogate();
        flush();
        out.close();
    }
}
