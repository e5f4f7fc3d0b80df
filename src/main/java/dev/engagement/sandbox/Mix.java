package dev.engagement.sandbox;

/**
 * Stateless SplitMix64 mixing: every "random" number the sandbox uses is a pure function of the
 * seed and the coordinates it is about (Tweet ID, metric, hour, request number), so any response
 * can be recomputed independently and a failing test replays exactly.
 */
final class Mix {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long hash(long seed, long a) {
        return mix(mix(seed + GOLDEN) + a * GOLDEN);
    }

    static long hash(long seed, long a, long b) {
        return mix(hash(seed, a) + b * GOLDEN);
    }

    /** A uniform double in [0, 1) from a hash. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
