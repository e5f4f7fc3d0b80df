package dev.engagement.plan;

import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a historical range that may be longer than one request allows into consecutive request
 * windows. The windows start at the range start, each but the last is exactly {@code max} long, and
 * together they cover the range with no gap and no overlap.
 */
public final class WindowTiler {
    private WindowTiler() {
    }

    /**
     * The windows covering {@code range}, in order; {@code ceil(length / max)} of them, none for an
     * empty range.
     *
     * @param range hour-aligned, start not after end (as {@link HistoricalRange#resolve} returns)
     * @param max   a positive whole number of hours, normally {@link TimeRules#MAX_WINDOW}
     * @throws IllegalArgumentException if the range or {@code max} is not hour-aligned, or the range is reversed
     */
    public static List<TimeWindow> tile(TimeWindow range, Duration max) {
        if (max.isNegative() || max.isZero() || !max.equals(Duration.ofHours(max.toHours()))) {
            throw new IllegalArgumentException("window length must be a positive whole number of hours: " + max);
        }
        Instant start = range.start();
        Instant end = range.end();
        if (!isHourAligned(start) || !isHourAligned(end)) {
            throw new IllegalArgumentException("range must be hour-aligned: " + range);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + range);
        }
        List<TimeWindow> windows = new ArrayList<>();
        Instant s = start;
        while (s.isBefore(end)) {
            Instant next = s.plus(max);
            Instant e = next.isBefore(end) ? next : end;
            windows.add(new TimeWindow(s, e));
            s = e;
        }
        return windows;
    }

    private static boolean isHourAligned(Instant t) {
        return TimeRules.floorHour(t).equals(t);
    }
}
