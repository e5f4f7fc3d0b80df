package dev.engagement.sandbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The request budget (spec 6, 9 #38, #40): so many requests per fixed clock minute and, when
 * configured, per clock second, counted per known consumer key; requests that name no known key
 * share one anonymous budget.
 */
final class RateBudget {
    /** The budget key of requests without a known consumer key. */
    static final String ANONYMOUS = "";

    /** One window's numbers for the {@code x-per-minute-*} or {@code x-per-second-*} headers. */
    record Window(int limit, int remaining, long resetEpochSecond) {
    }

    /**
     * What to report; {@code allowed} says whether this request may proceed. {@code second} is null
     * without a per-second budget.
     */
    record State(boolean allowed, Window minute, Window second) {
    }

    private final int perMinute;
    private final int perSecond;
    private final Map<String, Counter> minutes = new HashMap<>();
    private final Map<String, Counter> seconds = new HashMap<>();

    /** {@code perMinute} 1 or more; {@code perSecond} 0 for none. */
    RateBudget(int perMinute, int perSecond) {
        this.perMinute = perMinute;
        this.perSecond = perSecond;
    }

    /** Counts one request for {@code key} (null: anonymous) if both budgets allow it. */
    synchronized State acquire(String key, Instant now) {
        String k = key == null ? ANONYMOUS : key;
        Counter minute = counter(minutes, k, Math.floorDiv(now.getEpochSecond(), 60));
        Counter second = perSecond > 0 ? counter(seconds, k, now.getEpochSecond()) : null;
        boolean allowed = minute.used < perMinute && (second == null || second.used < perSecond);
        if (allowed) {
            minute.used++;
            if (second != null) {
                second.used++;
            }
        }
        return state(allowed, minute, second);
    }

    /** The state for {@code key} (null: anonymous) without counting a request. */
    synchronized State peek(String key, Instant now) {
        String k = key == null ? ANONYMOUS : key;
        Counter minute = counter(minutes, k, Math.floorDiv(now.getEpochSecond(), 60));
        Counter second = perSecond > 0 ? counter(seconds, k, now.getEpochSecond()) : null;
        return state(true, minute, second);
    }

    /** The state of an injected 429: both budgets at zero, the minute's reset at {@code reset}. */
    State refused(long reset) {
        return new State(false, new Window(perMinute, 0, reset),
                perSecond > 0 ? new Window(perSecond, 0, reset) : null);
    }

    private State state(boolean allowed, Counter minute, Counter second) {
        return new State(allowed, new Window(perMinute, perMinute - minute.used, (minute.window + 1) * 60),
                second == null ? null : new Window(perSecond, perSecond - second.used, second.window + 1));
    }

    private static Counter counter(Map<String, Counter> counters, String key, long window) {
        Counter c = counters.computeIfAbsent(key, x -> new Counter());
        if (c.window != window) {
            c.window = window;
            c.used = 0;
        }
        return c;
    }

    /** Requests counted in one window. */
    private static final class Counter {
        long window = Long.MIN_VALUE;
        int used;
    }
}
