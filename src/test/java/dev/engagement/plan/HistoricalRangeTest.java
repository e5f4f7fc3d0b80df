package dev.engagement.plan;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoricalRangeTest {
    /**
     * Earliest allowed start then: the exact limit 2025-10-15T10:40Z rounded up, 11:00 (with the 1 h margin:
     * 12:00); latest end 2026-10-15T11:00Z.
     */
    static final Instant NOW = Instant.parse("2026-10-15T10:40:00Z");
    /** A "now" at which 2014-09-01 is the binding lower bound (365 days back is 2014-08-01). */
    static final Instant NOW_2015 = Instant.parse("2015-08-01T00:00:00Z");

    final List<String> notes = new ArrayList<>();

    static Instant t(String s) {
        return Instant.parse(s);
    }

    static TimeWindow w(String start, String end) {
        return new TimeWindow(t(start), t(end));
    }

    TimeWindow resolve(String start, String end, Instant now, boolean clamp) {
        return HistoricalRange.resolve(start == null ? null : t(start), end == null ? null : t(end), now, clamp,
                notes::add);
    }

    String error(String start, String end, Instant now, boolean clamp) {
        EngagementException e = assertThrows(EngagementException.class, () -> resolve(start, end, now, clamp));
        assertEquals(ExitCode.USAGE, e.exitCode());
        return e.getMessage();
    }

    static void assertContains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + p + "' missing in: " + message);
        }
    }

    // --- filling in and rounding -------------------------------------------------------------

    @Test
    void noBoundsMeansTheLast28Days() {
        assertEquals(w("2026-09-17T11:00:00Z", "2026-10-15T11:00:00Z"), resolve(null, null, NOW, false));
        assertEquals(List.of(), notes);
    }

    @Test
    void specRoundingExamples() {
        assertEquals(w("2015-07-01T12:00:00Z", "2015-07-10T09:00:00Z"),
                resolve("2015-07-01T12:24:00Z", "2015-07-10T08:37:00Z", NOW_2015, false));
        assertEquals(List.of(), notes);
    }

    @Test
    void startOnlyRunsUntilNow() {
        assertEquals(w("2026-09-01T12:00:00Z", "2026-10-15T11:00:00Z"),
                resolve("2026-09-01T12:24:00Z", null, NOW, false));
    }

    @Test
    void startOnlyEndsNowWhenRecent() {
        assertEquals(w("2026-10-10T05:00:00Z", "2026-10-15T11:00:00Z"),
                resolve("2026-10-10T05:30:00Z", null, NOW, false));
    }

    @Test
    void endOnlyStarts28DaysBefore() {
        assertEquals(w("2026-07-13T09:00:00Z", "2026-08-10T09:00:00Z"),
                resolve(null, "2026-08-10T08:37:00Z", NOW, false));
    }

    @Test
    void rangesLongerThan28DaysAreKept() {
        TimeWindow r = resolve("2026-01-01T00:00:00Z", "2026-10-01T00:00:00Z", NOW, false);
        assertEquals(w("2026-01-01T00:00:00Z", "2026-10-01T00:00:00Z"), r);
        assertEquals(List.of(), notes);
    }

    @Test
    void startAndEndInTheSameHourBecomeThatHour() {
        assertEquals(w("2026-10-01T12:00:00Z", "2026-10-01T13:00:00Z"),
                resolve("2026-10-01T12:10:00Z", "2026-10-01T12:50:00Z", NOW, false));
    }

    // --- the future ------------------------------------------------------------------------

    @Test
    void endLaterInTheCurrentHourNeedsNoChange() {
        assertEquals(w("2026-10-01T00:00:00Z", "2026-10-15T11:00:00Z"),
                resolve("2026-10-01T00:00:00Z", "2026-10-15T10:55:00Z", NOW, false));
        assertEquals(List.of(), notes);
    }

    @Test
    void endAFewMinutesInTheFutureIsPulledBackWithANote() {
        Instant now = t("2026-10-15T10:52:00Z");
        for (String end : new String[] {"2026-10-15T11:05:00Z", "2026-10-15T11:07:00Z"}) {
            notes.clear();
            assertEquals(w("2026-10-01T00:00:00Z", "2026-10-15T11:00:00Z"),
                    resolve("2026-10-01T00:00:00Z", end, now, false));
            assertEquals(1, notes.size());
            assertContains(notes.get(0), end, "2026-10-15T11:00:00Z");
        }
    }

    @Test
    void endMoreThan15MinutesInTheFutureIsAnError() {
        Instant now = t("2026-10-15T10:52:00Z");
        String m = error("2026-10-01T00:00:00Z", "2026-10-15T11:08:00Z", now, false);
        assertContains(m, "future", "to 2026-10-15T12:00:00Z", "2026-10-15T11:00:00Z",
                "nearest valid range is 2026-10-01T00:00:00Z to 2026-10-15T11:00:00Z", "--clamp");
    }

    @Test
    void endInTheFutureIsClampedOnRequest() {
        assertEquals(w("2026-10-01T00:00:00Z", "2026-10-15T11:00:00Z"),
                resolve("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z", NOW, true));
        assertEquals(1, notes.size());
        assertContains(notes.get(0), "future", "clamped to 2026-10-01T00:00:00Z to 2026-10-15T11:00:00Z");
    }

    @Test
    void rangeEntirelyInTheFutureIsAnErrorEvenWithClamp() {
        for (boolean clamp : new boolean[] {false, true}) {
            String m = error("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z", NOW, clamp);
            assertContains(m, "future", "no part",
                    "nearest valid range is 2026-09-15T11:00:00Z to 2026-10-15T11:00:00Z");
        }
    }

    @Test
    void startOnlyInTheFuture() {
        for (boolean clamp : new boolean[] {false, true}) {
            assertContains(error("2026-10-16T00:00:00Z", null, NOW, clamp), "2026-10-16T00:00:00Z", "future",
                    "2026-10-15T11:00:00Z");
        }
    }

    // --- order -----------------------------------------------------------------------------

    @Test
    void startMustBeBeforeEnd() {
        for (boolean clamp : new boolean[] {false, true}) {
            assertContains(error("2026-10-02T00:00:00Z", "2026-10-01T00:00:00Z", NOW, clamp),
                    "2026-10-02T00:00:00Z", "must be before the end", "2026-10-01T00:00:00Z");
            assertContains(error("2026-10-01T00:00:00Z", "2026-10-01T00:00:00Z", NOW, clamp), "must be before");
        }
    }

    // --- 2014-09-01 --------------------------------------------------------------------------

    @Test
    void startBefore2014_09_01IsAnError() {
        String m = error("2014-08-15T00:00:00Z", "2014-09-10T00:00:00Z", NOW_2015, false);
        assertContains(m, "2014-08-15T00:00:00Z", "before 2014-09-01T00:00:00Z",
                "nearest valid range is 2014-09-01T00:00:00Z to 2014-09-10T00:00:00Z", "--clamp");
    }

    @Test
    void startBefore2014_09_01IsClampedOnRequest() {
        assertEquals(w("2014-09-01T00:00:00Z", "2014-09-10T00:00:00Z"),
                resolve("2014-08-15T00:00:00Z", "2014-09-10T00:00:00Z", NOW_2015, true));
        assertEquals(1, notes.size());
        assertContains(notes.get(0), "2014-09-01T00:00:00Z", "clamped");
    }

    @Test
    void rangeEntirelyBefore2014_09_01() {
        for (boolean clamp : new boolean[] {false, true}) {
            assertContains(error("2014-07-01T00:00:00Z", "2014-08-01T00:00:00Z", NOW_2015, clamp),
                    "before 2014-09-01T00:00:00Z", "no part",
                    "nearest valid range is 2014-09-01T00:00:00Z to 2014-10-02T00:00:00Z");
        }
    }

    @Test
    void bothBoundsCrossed() {
        String m = error("2014-08-01T00:00:00Z", "2015-09-01T00:00:00Z", NOW_2015, false);
        assertContains(m, "before 2014-09-01T00:00:00Z", "future",
                "nearest valid range is 2014-09-01T00:00:00Z to 2015-08-01T00:00:00Z");
        assertEquals(w("2014-09-01T00:00:00Z", "2015-08-01T00:00:00Z"),
                resolve("2014-08-01T00:00:00Z", "2015-09-01T00:00:00Z", NOW_2015, true));
    }

    // --- 365 days --------------------------------------------------------------------------

    @Test
    void startMoreThan365DaysAgoIsAnError() {
        String m = error("2025-09-01T00:00:00Z", "2025-11-01T00:00:00Z", NOW, false);
        assertContains(m, "2025-09-01T00:00:00Z", "365 days", "2025-10-15T11:00:00Z",
                "nearest valid range is 2025-10-15T12:00:00Z to 2025-11-01T00:00:00Z");
    }

    @Test
    void startMoreThan365DaysAgoIsClampedWithAMargin() {
        TimeWindow r = resolve("2025-09-01T00:00:00Z", "2025-11-01T00:00:00Z", NOW, true);
        assertEquals(w("2025-10-15T12:00:00Z", "2025-11-01T00:00:00Z"), r);
        assertEquals(1, notes.size());
        assertContains(notes.get(0), "365 days", "clamped to 2025-10-15T12:00:00Z to 2025-11-01T00:00:00Z");
        // still accepted by a request sent up to an hour later
        assertEquals(java.util.Optional.empty(), TimeRules.checkBounds(r, NOW.plus(Duration.ofMinutes(60))));
    }

    @Test
    void endOnlyWhoseStartCrossesTheLookback() {
        assertContains(error(null, "2025-11-01T00:00:00Z", NOW, false), "2025-10-04T00:00:00Z", "365 days");
        assertEquals(w("2025-10-15T12:00:00Z", "2025-11-01T00:00:00Z"),
                resolve(null, "2025-11-01T00:00:00Z", NOW, true));
    }

    @Test
    void rangeEntirelyOlderThan365Days() {
        for (boolean clamp : new boolean[] {false, true}) {
            assertContains(error("2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z", NOW, clamp), "365 days",
                    "no part", "nearest valid range is 2025-10-15T12:00:00Z to 2025-11-15T12:00:00Z");
        }
        // start only, 400 days ago: runs until now, so it crosses the bound and clamping keeps the valid part
        assertContains(error("2025-09-10T00:00:00Z", null, NOW, false), "365 days", "--clamp");
        assertEquals(w("2025-10-15T12:00:00Z", "2026-10-15T11:00:00Z"), resolve("2025-09-10T00:00:00Z", null, NOW, true));
    }

    @Test
    void startExactly365DaysAgoIsAnErrorWithoutClamp() {
        // 2025-10-15T10:40Z rounds down to 10:00, before the exact limit 10:40 (spec 9 #32).
        Instant start = TimeInput.parse("365d", NOW);
        EngagementException e = assertThrows(EngagementException.class,
                () -> HistoricalRange.resolve(start, null, NOW, false, notes::add));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertContains(e.getMessage(), "365 days", "2025-10-15T11:00:00Z", "--clamp");
    }

    @Test
    void startInTheOldestAcceptedHourIsAcceptedWithAWarning() {
        TimeWindow r = HistoricalRange.resolve(t("2025-10-15T11:00:00Z"), null, NOW, false, notes::add);
        assertEquals(t("2025-10-15T11:00:00Z"), r.start());
        assertEquals(1, notes.size());
        assertContains(notes.get(0), "2025-10-15T11:00:00Z", "365 days", "2026-10-15T11:00:00Z");
        assertEquals(java.util.Optional.empty(), TimeRules.checkBounds(r, NOW));
    }

    @Test
    void startRightOnTheLookbackIsMovedByClamp() {
        Instant start = TimeInput.parse("365d", NOW);
        TimeWindow r = HistoricalRange.resolve(start, null, NOW, true, notes::add);
        assertEquals(w("2025-10-15T12:00:00Z", "2026-10-15T11:00:00Z"), r);
        assertEquals(1, notes.size());
        assertContains(notes.get(0), "365 days", "clamped to 2025-10-15T12:00:00Z");
    }

    @Test
    void nullNotesAreAllowed() {
        assertEquals(w("2025-10-15T12:00:00Z", "2025-11-01T00:00:00Z"),
                HistoricalRange.resolve(t("2025-09-01T00:00:00Z"), t("2025-11-01T00:00:00Z"), NOW, true, null));
    }

    @Test
    void everyResultPassesTheApiBoundsCheck() {
        java.util.Random random = new java.util.Random(7);
        long lo = t("2013-01-01T00:00:00Z").getEpochSecond();
        long hi = t("2027-01-01T00:00:00Z").getEpochSecond();
        int accepted = 0;
        for (int i = 0; i < 5000; i++) {
            Instant now = Instant.ofEpochSecond(t("2014-10-01T00:00:00Z").getEpochSecond()
                    + (long) (random.nextDouble() * (hi - t("2014-10-01T00:00:00Z").getEpochSecond())));
            Instant a = random.nextInt(5) == 0 ? null : Instant.ofEpochSecond(lo + (long) (random.nextDouble() * (hi - lo)));
            Instant b = random.nextInt(5) == 0 ? null : Instant.ofEpochSecond(lo + (long) (random.nextDouble() * (hi - lo)));
            boolean clamp = random.nextBoolean();
            try {
                TimeWindow r = HistoricalRange.resolve(a, b, now, clamp, s -> { });
                accepted++;
                assertEquals(java.util.Optional.empty(), TimeRules.checkBounds(r, now), r + " at " + now);
                assertEquals(TimeRules.floorHour(r.start()), r.start());
                assertEquals(TimeRules.floorHour(r.end()), r.end());
            } catch (EngagementException e) {
                assertEquals(ExitCode.USAGE, e.exitCode());
            }
        }
        assertTrue(accepted > 100, "accepted " + accepted);
    }
}
