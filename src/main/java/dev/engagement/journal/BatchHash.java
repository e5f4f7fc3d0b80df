package dev.engagement.journal;

import dev.engagement.api.TimeWindow;
import dev.engagement.plan.IdBatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * How a journal identifies a batch's request in its record: the batch's IDs in order and its windows,
 * hashed to 64 bits. A resumed run replays a record only when its batch hashes the same. The header
 * names the function ({@code "batch_hash"}); a header without the name was written before there was
 * a choice, with {@link #SHA256_PREFIX}, and is resumed with it.
 */
public enum BatchHash {
    /**
     * The first 64 bits of SHA-256 over the IDs' digits, each followed by a comma, then the windows'
     * text. Kept for the journals written with it: the tool runs with the quick JIT only, where SHA-256
     * has no machine instructions and cost about 56 us a batch of 250 IDs.
     */
    SHA256_PREFIX(null),
    /** Each ID's digits read as one 64-bit number and mixed into the hash with its length; then the windows' seconds. */
    MIX64("mix64");

    /** The function new journals use. */
    public static final BatchHash CURRENT = MIX64;

    private final String wireName;

    BatchHash(String wireName) {
        this.wireName = wireName;
    }

    /** The header's name for this function; null for the one a header without a name means. */
    String wireName() {
        return wireName;
    }

    /** The function a header names, or null when this version does not know it. */
    static BatchHash fromWireName(String name) {
        for (BatchHash h : values()) {
            if (name.equals(h.wireName)) {
                return h;
            }
        }
        return null;
    }

    /** Hashes batches with this function; holds the scratch space it needs, so one per journal. */
    Hasher hasher() {
        return this == MIX64 ? new Mix64() : new Sha256Prefix();
    }

    interface Hasher {
        long hash(IdBatch batch);
    }

    private static final class Mix64 implements Hasher {
        @Override
        public long hash(IdBatch batch) {
            long h = 0x243F6A8885A308D3L;
            for (String id : batch.tweetIds()) {
                long digits = 0;
                int n = id.length();
                for (int k = 0; k < n; k++) {
                    digits = digits * 10 + (id.charAt(k) - '0'); // one-to-one for up to 19 digits
                }
                h = mix(h + digits * 0x9E3779B97F4A7C15L + n);
            }
            h = mix(h ^ batch.windows().size());
            for (TimeWindow w : batch.windows()) {
                h = mix(h + w.start().getEpochSecond() * 0x9E3779B97F4A7C15L + w.end().getEpochSecond());
            }
            return h;
        }

        /** The finalizer of SplitMix64: every bit of the input moves about half the bits of the output. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    private static final class Sha256Prefix implements Hasher {
        private final MessageDigest digest;
        /** The bytes digested, kept between batches. */
        private byte[] input = new byte[1 << 13];

        Sha256Prefix() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        @Override
        public long hash(IdBatch batch) {
            int length = 0;
            for (String id : batch.tweetIds()) {
                int n = id.length();
                if (length + n + 1 > input.length) {
                    input = Arrays.copyOf(input, Math.max(input.length * 2, length + n + 1));
                }
                for (int k = 0; k < n; k++) {
                    input[length++] = (byte) id.charAt(k); // digits: their ASCII bytes
                }
                input[length++] = ',';
            }
            digest.update(input, 0, length);
            digest.update(batch.windows().toString().getBytes(StandardCharsets.US_ASCII));
            byte[] d = digest.digest();
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = h << 8 | (d[i] & 0xff);
            }
            return h;
        }
    }
}
