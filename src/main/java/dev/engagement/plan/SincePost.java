package dev.engagement.plan;

import dev.engagement.api.Snowflake;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans {@code --since-post DURATION}: each Tweet is fetched from the hour it was posted (decoded
 * from its snowflake ID) for DURATION, capped at now rounded up to the hour. Tweets posted in the
 * same hour share a window, so they are grouped and batched together. Durations longer than 28 days
 * are cut into several request windows by {@link WindowTiler}.
 *
 * <p>Memory: this mode holds every ID in memory (one {@code long} each, plus a sort buffer per group
 * while planning), so it is O(number of IDs), unlike the streaming modes. Tweets whose window would
 * start before the API's earliest allowed start, and IDs whose creation time is after now, are not
 * dropped silently: they are returned in {@link SincePostPlan#tooOld()} and
 * {@link SincePostPlan#notYetCreated()} for the caller to report.
 */
public final class SincePost {
    private SincePost() {
    }

    /**
     * @param ids    Tweet IDs in input order; duplicates are fetched once
     * @param length how long after posting to fetch; positive. A length that is not a whole number of
     *               hours is rounded up to the hour, as the API rounds the end
     * @param now    the current time
     */
    public static SincePostPlan plan(PrimitiveIterator.OfLong ids, Duration length, Instant now) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("since-post duration must be positive: " + length);
        }
        Instant latestEnd = TimeRules.latestEnd(now);
        // Same margin as HistoricalRange clamping: a window starting right on the 365-day bound would
        // be refused by a request sent after the next full hour.
        Instant earliest = TimeRules.earliestStart(now.plus(HistoricalRange.LOOKBACK_MARGIN));

        Map<Instant, LongBuffer> byStart = new TreeMap<>();
        Set<Long> tooOld = new LinkedHashSet<>();
        Set<Long> future = new LinkedHashSet<>();
        while (ids.hasNext()) {
            long id = ids.nextLong();
            Instant created = Snowflake.createdAt(id);
            if (created.isAfter(now)) {
                future.add(id);
                continue;
            }
            Instant start = TimeRules.floorHour(created);
            if (start.isBefore(earliest)) {
                tooOld.add(id);
                continue;
            }
            byStart.computeIfAbsent(start, s -> new LongBuffer()).add(id);
        }

        List<SincePostPlan.Group> groups = new ArrayList<>(byStart.size());
        for (Map.Entry<Instant, LongBuffer> e : byStart.entrySet()) {
            TimeWindow range = range(e.getKey(), length, latestEnd);
            List<TimeWindow> windows = WindowTiler.tile(range, TimeRules.MAX_WINDOW);
            groups.add(new SincePostPlan.Group(range, windows, e.getValue().distinctInOrder()));
        }
        return new SincePostPlan(groups, new ArrayList<>(tooOld), new ArrayList<>(future));
    }

    /** [start, start + length) rounded up to the hour, capped at latestEnd, at least one hour long. */
    static TimeWindow range(Instant start, Duration length, Instant latestEnd) {
        Instant end = length.compareTo(Duration.between(start, latestEnd)) >= 0
                ? latestEnd
                : TimeRules.ceilHour(start.plus(length));
        if (!end.isAfter(start)) {
            // Posted in the hour that starts right now: ask for that one hour.
            end = start.plus(Duration.ofHours(1));
        }
        return new TimeWindow(start, end);
    }

    /** A growable array of longs (boxing every ID would triple the memory). */
    private static final class LongBuffer {
        private long[] values = new long[4];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        /** The values without repeats, keeping each one's first position. */
        long[] distinctInOrder() {
            long[] exact = Arrays.copyOf(values, size);
            long[] sorted = exact.clone();
            Arrays.sort(sorted);
            Set<Long> repeated = new HashSet<>();
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i] == sorted[i - 1]) {
                    repeated.add(sorted[i]);
                }
            }
            if (repeated.isEmpty()) {
                return exact;
            }
            Set<Long> seen = new HashSet<>();
            int n = 0;
            for (long v : exact) {
                if (!repeated.contains(v) || seen.add(v)) {
                    exact[n++] = v;
                }
            }
            return Arrays.copyOf(exact, n);
        }
    }
}
