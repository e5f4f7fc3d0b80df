package dev.engagement.plan;

import dev.engagement.api.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanEstimateTest {
    static void assertContains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + p + "' missing in: " + message);
        }
    }

    @Test
    void rateLimited() {
        PlanEstimate e = PlanEstimate.of(1000, 25, 3, 60);
        assertEquals(40, e.batches());
        assertEquals(120, e.requests());
        assertEquals(Duration.ofMinutes(2), e.estimatedDuration());
        assertContains(e.describe(), "1,000 Tweet IDs in 40 batches of up to 25.", "3 windows.", "120 requests.",
                "Estimated duration ~2 min at 60 requests/minute.");
        assertEquals(4, e.describe().split("\n").length);
        PlanEstimate big = PlanEstimate.of(100_000, 25, 13, 60);
        assertEquals(52_000, big.requests());
        assertContains(big.describe(), "100,000 Tweet IDs in 4,000 batches", "52,000 requests", "~14 h 27 min at 60");
    }

    @Test
    void unlimitedAssumesAThirdOfASecondPerRequest() {
        PlanEstimate e = PlanEstimate.of(1001, 250, 1, 0);
        assertEquals(5, e.batches());
        assertEquals(5, e.requests());
        assertEquals(Duration.ofMillis(1500), e.estimatedDuration());
        assertContains(e.describe(), "1,001 Tweet IDs in 5 batches of up to 250.", "1 window.", "5 requests.",
                "~2 s at an unlimited rate (~0.3 s per request)");
    }

    @Test
    void aFastRateLimitStillCostsTheRequestTime() {
        assertEquals(Duration.ofSeconds(30), PlanEstimate.of(2500, 25, 1, 450).estimatedDuration());
        assertContains(PlanEstimate.of(25, 25, 1, 7.5).describe(), "at 7.5 requests/minute", "1 batch ", "1 request.");
    }

    @Test
    void listsTheFirstWindows() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<TimeWindow> windows = WindowTiler.tile(new TimeWindow(t, t.plus(Duration.ofDays(130))), Duration.ofDays(28));
        PlanEstimate e = PlanEstimate.of(1, 25, windows, 0);
        assertEquals(5, e.windows());
        assertEquals(5, e.requests());
        assertContains(e.describe(), "1 Tweet ID in 1 batch of up to 25.",
                "5 windows: 2026-01-01T00:00:00Z to 2026-01-29T00:00:00Z, 2026-01-29T00:00:00Z to 2026-02-26T00:00:00Z,"
                        + " 2026-02-26T00:00:00Z to 2026-03-26T00:00:00Z, and 2 more.");
    }

    @Test
    void nothingToDo() {
        PlanEstimate e = PlanEstimate.of(0, 25, 1, 60);
        assertEquals(0, e.requests());
        assertContains(e.describe(), "0 Tweet IDs in 0 batches", "0 requests", "~0 s");
    }

    @Test
    void sincePost() {
        Instant now = Instant.parse("2026-10-15T10:40:00Z");
        long[] ids = new long[60];
        for (int i = 0; i < 30; i++) {
            ids[i] = ((Instant.parse("2026-06-01T00:10:00Z").toEpochMilli() - 1288834974657L) << 22) + i;
            ids[30 + i] = ((Instant.parse("2026-10-01T00:10:00Z").toEpochMilli() - 1288834974657L) << 22) + i;
        }
        SincePostPlan plan = SincePost.plan(LongStream.of(ids).iterator(), Duration.ofDays(70), now);
        PlanEstimate e = PlanEstimate.of(plan, 25, 60);
        assertEquals(60, e.uniqueIds());
        assertEquals(4, e.batches());
        assertEquals(2 * 3 + 2 * 1, e.requests());
        assertEquals(4, e.windows());
        assertEquals(Duration.ofSeconds(8), e.estimatedDuration());
        assertContains(e.describe(), "4 windows: 2026-06-01T00:00:00Z to 2026-06-29T00:00:00Z", "and 1 more", "8 requests");
    }

    @Test
    void humanDurations() {
        assertEquals("45 s", PlanEstimate.human(Duration.ofSeconds(45)));
        assertEquals("2 min", PlanEstimate.human(Duration.ofSeconds(90)));
        assertEquals("59 min", PlanEstimate.human(Duration.ofMinutes(59)));
        assertEquals("3 h 05 min", PlanEstimate.human(Duration.ofMinutes(185)));
        assertEquals("2 d 4 h", PlanEstimate.human(Duration.ofHours(52)));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> PlanEstimate.of(-1, 25, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> PlanEstimate.of(1, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> PlanEstimate.of(1, 25, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> PlanEstimate.of(1, 25, 1, -5));
        assertThrows(IllegalArgumentException.class, () -> PlanEstimate.of(1, 25, 1, Double.NaN));
    }
}
