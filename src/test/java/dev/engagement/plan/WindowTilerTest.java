package dev.engagement.plan;

import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowTilerTest {
    static final Duration MAX = TimeRules.MAX_WINDOW;

    static TimeWindow w(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void seventyDaysGiveThreeWindows() {
        List<TimeWindow> windows = WindowTiler.tile(w("2026-01-01T00:00:00Z", "2026-03-12T00:00:00Z"), MAX);
        assertEquals(List.of(
                w("2026-01-01T00:00:00Z", "2026-01-29T00:00:00Z"),
                w("2026-01-29T00:00:00Z", "2026-02-26T00:00:00Z"),
                w("2026-02-26T00:00:00Z", "2026-03-12T00:00:00Z")), windows);
    }

    @Test
    void exactly28DaysIsOneWindow() {
        TimeWindow range = w("2026-01-01T05:00:00Z", "2026-01-29T05:00:00Z");
        assertEquals(List.of(range), WindowTiler.tile(range, MAX));
    }

    @Test
    void oneHourMoreIsTwo() {
        assertEquals(List.of(w("2026-01-01T05:00:00Z", "2026-01-29T05:00:00Z"),
                        w("2026-01-29T05:00:00Z", "2026-01-29T06:00:00Z")),
                WindowTiler.tile(w("2026-01-01T05:00:00Z", "2026-01-29T06:00:00Z"), MAX));
    }

    @Test
    void emptyRangeHasNoWindows() {
        assertEquals(List.of(), WindowTiler.tile(w("2026-01-01T05:00:00Z", "2026-01-01T05:00:00Z"), MAX));
    }

    @Test
    void refusesUnalignedInput() {
        assertThrows(IllegalArgumentException.class,
                () -> WindowTiler.tile(w("2026-01-01T05:30:00Z", "2026-01-02T00:00:00Z"), MAX));
        assertThrows(IllegalArgumentException.class,
                () -> WindowTiler.tile(w("2026-01-01T05:00:00Z", "2026-01-02T00:00:01Z"), MAX));
        assertThrows(IllegalArgumentException.class,
                () -> WindowTiler.tile(w("2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z"), MAX));
        assertThrows(IllegalArgumentException.class,
                () -> WindowTiler.tile(w("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"), Duration.ofMinutes(90)));
        assertThrows(IllegalArgumentException.class,
                () -> WindowTiler.tile(w("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"), Duration.ZERO));
    }

    @Test
    void propertiesOverRandomRanges() {
        Random random = new Random(20261015L);
        Instant base = Instant.parse("2014-09-01T00:00:00Z");
        for (int i = 0; i < 5000; i++) {
            Instant start = base.plus(Duration.ofHours(random.nextInt(24 * 365 * 12)));
            long hours = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(48) + 1;                 // short
                case 1 -> 672L * (random.nextInt(5) + 1) + random.nextInt(3) - 1; // around multiples of 28 d
                default -> random.nextInt(24 * 400) + 1;          // up to 400 days
            };
            Duration max = random.nextInt(5) == 0 ? Duration.ofHours(random.nextInt(100) + 1) : MAX;
            TimeWindow range = new TimeWindow(start, start.plus(Duration.ofHours(hours)));
            List<TimeWindow> windows = WindowTiler.tile(range, max);

            long expectedCount = (hours + max.toHours() - 1) / max.toHours();
            assertEquals(expectedCount, windows.size(), range + " / " + max);
            assertEquals(range.start(), windows.get(0).start());
            assertEquals(range.end(), windows.get(windows.size() - 1).end());
            Duration total = Duration.ZERO;
            for (int k = 0; k < windows.size(); k++) {
                TimeWindow tw = windows.get(k);
                assertTrue(tw.start().isBefore(tw.end()), tw.toString());
                assertTrue(tw.duration().compareTo(max) <= 0, tw.toString());
                assertEquals(TimeRules.floorHour(tw.start()), tw.start());
                assertEquals(TimeRules.floorHour(tw.end()), tw.end());
                if (k > 0) {
                    assertEquals(windows.get(k - 1).end(), tw.start(), "gap or overlap");
                }
                total = total.plus(tw.duration());
            }
            assertEquals(range.duration(), total);
            if (max.equals(MAX)) {
                for (TimeWindow tw : windows) {
                    // each window is a request the API would accept (given a suitable now)
                    assertEquals(java.util.Optional.empty(), TimeRules.checkHistoricalWindow(tw, tw.end().plusSeconds(1)));
                }
            }
        }
    }
}
