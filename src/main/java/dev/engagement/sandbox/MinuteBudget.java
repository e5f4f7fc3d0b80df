package dev.engagement.sandbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A per-minute request budget per consumer key, in fixed windows aligned to the clock's minutes (spec 6). */
final class MinuteBudget {

    /** The state to report in {@code x-per-minute-*} headers; {@code allowed} says whether this request may proceed. */
    record State(boolean allowed, int limit, int remaining, long resetEpochSecond) {
    }

    private final int limit;
    private final Map<String, long[]> windows = new HashMap<>();

    MinuteBudget(int limit) {
        this.limit = limit;
    }

    boolean enabled() {
        return limit > 0;
    }

    /** Counts one request for {@code key} if the budget allows it. */
    synchronized State acquire(String key, Instant now) {
        long minute = Math.floorDiv(now.getEpochSecond(), 60);
        long[] w = windows.computeIfAbsent(key, k -> new long[] {minute, 0});
        if (w[0] != minute) {
            w[0] = minute;
            w[1] = 0;
        }
        boolean allowed = w[1] < limit;
        if (allowed) {
            w[1]++;
        }
        return new State(allowed, limit, (int) (limit - w[1]), (minute + 1) * 60);
    }

    /** The state for {@code key} without counting a request. */
    synchronized State peek(String key, Instant now) {
        long minute = Math.floorDiv(now.getEpochSecond(), 60);
        long[] w = key == null ? null : windows.get(key);
        long used = w == null || w[0] != minute ? 0 : w[1];
        return new State(used < limit, limit, (int) (limit - used), (minute + 1) * 60);
    }
}
