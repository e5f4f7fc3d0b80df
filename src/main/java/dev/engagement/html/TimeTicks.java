package dev.engagement.html;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ticks of a time axis in UTC: the smallest step of 1, 2, 3, 6 or 12 hours or 1, 2, 7 or 14 days
 * (or multiples of 28 days) that gives at most {@code maxTicks} ticks, on multiples of the step
 * counted from midnight UTC. Midnight ticks read as dates ("Dec 1"), others as times ("06:00").
 */
final class TimeTicks {
    private static final long HOUR = 3600;
    private static final long[] STEPS_HOURS = {1, 2, 3, 6, 12, 24, 48, 168, 336};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One tick: its instant and label. */
    record Tick(Instant at, String label) {
    }

    private TimeTicks() {
    }

    static Duration step(Instant from, Instant to, int maxTicks) {
        long span = Math.max(0, to.getEpochSecond() - from.getEpochSecond());
        for (long h : STEPS_HOURS) {
            if (span / (h * HOUR) + 1 <= maxTicks) {
                return Duration.ofHours(h);
            }
        }
        long weeks4 = 28 * 24 * HOUR;
        long n = span / (weeks4 * Math.max(1, maxTicks - 1)) + 1;
        return Duration.ofSeconds(n * weeks4);
    }

    static List<Tick> ticks(Instant from, Instant to, int maxTicks) {
        Duration step = step(from, to, maxTicks);
        long s = step.getSeconds();
        long first = Math.floorDiv(from.getEpochSecond() + s - 1, s) * s;
        boolean manyYears = from.atZone(ZoneOffset.UTC).getYear() != to.atZone(ZoneOffset.UTC).getYear();
        List<Tick> ticks = new ArrayList<>();
        for (long t = first; t <= to.getEpochSecond(); t += s) {
            Instant at = Instant.ofEpochSecond(t);
            ticks.add(new Tick(at, label(at, manyYears)));
        }
        return ticks;
    }

    static String label(Instant at, boolean withYear) {
        if (at.getEpochSecond() % (24 * HOUR) != 0) {
            return TIME.format(at);
        }
        return (withYear ? DAY_YEAR : DAY).format(at);
    }
}
