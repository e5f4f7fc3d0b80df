package dev.engagement.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads response bodies into one buffer kept between responses, then hands out an exact copy. A
 * decompressed body has no known length, so reading it into a fresh buffer that doubles from 4 KiB
 * allocates three to four times the body for every response.
 */
final class BodyReader {
    /** The largest body: what a Java array holds. */
    private static final int MAX_BODY = Integer.MAX_VALUE - 8;
    private static final int INITIAL = 1 << 16;
    /** A declared length is trusted this far for sizing the buffer ahead; beyond, it grows as the bytes come. */
    private static final int MAX_PRESIZE = 1 << 26;
    /** A buffer grown past this for an unusually large body is let go rather than kept for the run. */
    private static final int MAX_KEPT = 1 << 22;
    /** The kept buffer; taken while a body is read into it, so two readers at once never share it. */
    private final AtomicReference<byte[]> kept = new AtomicReference<>();

    /** Reads {@code content} (null: no body) to its end; {@code declared}: its length, or -1 when unknown. */
    byte[] read(InputStream content, long declared) throws IOException {
        if (content == null) {
            return new byte[0];
        }
        byte[] buf = kept.getAndSet(null);
        if (buf == null || declared > buf.length) {
            buf = new byte[(int) Math.max(INITIAL, Math.min(declared + 1, MAX_PRESIZE))];
        }
        int n = 0;
        try (InputStream in = content) {
            while (true) {
                if (n == buf.length) {
                    if (n == MAX_BODY) {
                        throw new IOException("the response body is larger than " + MAX_BODY + " bytes");
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min((long) n * 2, MAX_BODY));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return Arrays.copyOf(buf, n);
        } finally {
            if (buf.length <= MAX_KEPT) {
                kept.set(buf);
            }
        }
    }
}
