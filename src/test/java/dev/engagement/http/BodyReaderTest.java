package dev.engagement.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyReaderTest {
    private final BodyReader reader = new BodyReader();

    private static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A stream of unknown length that hands out at most 1,000 bytes a read, as a decompressing stream does. */
    private static InputStream unknownLength(byte[] body) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1000));
            }
        };
    }

    private static InputStream declared(byte[] body) {
        return new ByteArrayInputStream(body);
    }

    @Test
    void aBodyOfUnknownLengthLargerThanTheBufferIsReadWhole() throws IOException {
        byte[] body = bytes(300_000, 1);
        assertArrayEquals(body, reader.read(unknownLength(body), -1));
    }

    @Test
    void eachBodyIsItsOwnCopyThoughTheBufferIsKept() throws IOException {
        byte[] first = bytes(200_000, 2);
        byte[] second = bytes(10, 3);
        byte[] a = reader.read(unknownLength(first), -1);
        byte[] b = reader.read(declared(second), second.length);
        assertArrayEquals(first, a);
        assertArrayEquals(second, b);
        assertEquals(10, b.length);
    }

    @Test
    void aDeclaredLengthLargerThanTheBufferAndAnEmptyBody() throws IOException {
        byte[] body = bytes(100_000, 4);
        assertArrayEquals(body, reader.read(declared(body), body.length));
        assertEquals(0, reader.read(declared(new byte[0]), 0).length);
        assertEquals(0, reader.read(null, -1).length);
    }
}
