package dev.engagement.input;

import dev.engagement.EngagementException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies input that can be read only once into a spool. Plain text that runs far too long without
 * a line break ({@code /dev/zero}, a wrong file) is refused while copying, so it never fills the disk.
 */
final class SpoolCopy {
    private static final int LONGEST_LINE_BYTES = 4 * BoundedLines.LIMIT;

    private SpoolCopy() {
    }

    static void copy(String name, InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long line = 1;
        long run = 0;
        boolean first = true;
        // gzip and JSON may hold long lines legitimately; their readers bound what matters.
        boolean unbounded = false;
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (first) {
                unbounded = n >= 2 && (buffer[0] & 0xff) == 0x1f && (buffer[1] & 0xff) == 0x8b || startsLikeJson(buffer, n);
                first = false;
            }
            if (!unbounded) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line++;
                        run = 0;
                    } else if (++run > LONGEST_LINE_BYTES) {
                        throw EngagementException.usage(name + ":" + line + ": a line longer than "
                                + LONGEST_LINE_BYTES + " bytes, which no Tweet ID needs; is this the right input?");
                    }
                }
            }
            out.write(buffer, 0, n);
        }
    }

    private static boolean startsLikeJson(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == '[' || b[i] == '{') {
                return true;
            }
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n' && (b[i] & 0xff) != 0xef
                    && (b[i] & 0xff) != 0xbb && (b[i] & 0xff) != 0xbf) {
                return false;
            }
        }
        return false;
    }
}
