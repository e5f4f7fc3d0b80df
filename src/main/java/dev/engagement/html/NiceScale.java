package dev.engagement.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A count axis from 0 to a round maximum, in round steps (1, 2 or 5 times a power of ten, at least
 * 1: counts are whole numbers), with at most {@code maxTicks} steps.
 */
record NiceScale(long max, long step) {
    static NiceScale of(long dataMax, int maxTicks) {
        if (dataMax <= 0) {
            return new NiceScale(1, 1);
        }
        long step = niceStep(Math.max(1, (dataMax + maxTicks - 1) / maxTicks));
        long max = ceilDiv(dataMax, step) * step;
        return new NiceScale(max, step);
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code raw}. */
    static long niceStep(long raw) {
        long power = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * power >= raw) {
                    return m * power;
                }
            }
            if (power > Long.MAX_VALUE / 100) {
                return raw;
            }
            power *= 10;
        }
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    List<Long> ticks() {
        List<Long> ticks = new ArrayList<>();
        for (long t = 0; t <= max && t >= 0; t += step) {
            ticks.add(t);
        }
        return ticks;
    }

    /** Where a count lies on the axis, 0 at the bottom and 1 at the top. */
    double fraction(long count) {
        return (double) count / max;
    }
}
