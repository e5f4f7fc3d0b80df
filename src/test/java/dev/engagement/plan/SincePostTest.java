package dev.engagement.plan;

import dev.engagement.api.Snowflake;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SincePostTest {
    static final Instant NOW = Instant.parse("2026-10-15T10:40:00Z");
    static final Duration D28 = Duration.ofDays(28);

    /** An ID of a Tweet created at {@code time}; {@code seq} fills the low (worker/sequence) bits. */
    static long id(String time, int seq) {
        return ((Instant.parse(time).toEpochMilli() - 1288834974657L) << 22) + seq;
    }

    static long id(String time) {
        return id(time, 0);
    }

    static TimeWindow w(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }

    static SincePostPlan plan(Duration length, Instant now, long... ids) {
        return SincePost.plan(LongStream.of(ids).iterator(), length, now);
    }

    @Test
    void idHelperMatchesSnowflake() {
        assertEquals(Instant.parse("2026-10-01T08:15:30Z"), Snowflake.createdAt(id("2026-10-01T08:15:30Z", 4095)));
    }

    @Test
    void groupsByCreationHourOrderedByWindowStart() {
        long a1 = id("2026-10-01T08:15:30Z", 1);
        long b1 = id("2026-08-01T13:05:00Z", 7);
        long a2 = id("2026-10-01T08:59:59.999Z", 2);
        long c1 = id("2026-10-15T10:30:00Z", 3);
        long b2 = id("2026-08-01T13:00:00Z", 9);
        long a3 = id("2026-10-01T08:00:00Z", 5);
        long d1 = id("2026-10-01T09:00:00Z", 5);

        SincePostPlan p = plan(D28, NOW, a1, b1, a2, c1, b2, a1, a3, d1, b1);

        List<SincePostPlan.Group> g = p.groups();
        assertEquals(4, g.size());
        assertEquals(w("2026-08-01T13:00:00Z", "2026-08-29T13:00:00Z"), g.get(0).range());
        assertArrayEquals(new long[] {b1, b2}, g.get(0).ids());
        assertEquals(w("2026-10-01T08:00:00Z", "2026-10-15T11:00:00Z"), g.get(1).range(), "capped at now, rounded up");
        assertArrayEquals(new long[] {a1, a2, a3}, g.get(1).ids(), "first-occurrence order, duplicates once");
        assertEquals(w("2026-10-01T09:00:00Z", "2026-10-15T11:00:00Z"), g.get(2).range());
        assertArrayEquals(new long[] {d1}, g.get(2).ids());
        assertEquals(w("2026-10-15T10:00:00Z", "2026-10-15T11:00:00Z"), g.get(3).range(), "posted this hour");
        assertArrayEquals(new long[] {c1}, g.get(3).ids());
        for (SincePostPlan.Group group : g) {
            assertEquals(List.of(group.range()), group.windows());
            for (TimeWindow tw : group.windows()) {
                assertEquals(Optional.empty(), TimeRules.checkHistoricalWindow(tw, NOW));
            }
        }
        assertEquals(7, p.idCount());
        assertEquals(List.of(), p.tooOld());
        assertEquals(List.of(), p.notYetCreated());
        assertEquals(4, p.batchCount(25));
        assertEquals(4, p.requestCount(25));
        assertEquals(5, p.batchCount(2));
    }

    @Test
    void tooOldAndFutureIdsAreReportedNotDropped() {
        long old1 = id("2025-10-01T00:00:00Z");
        long onBound = id("2025-10-15T11:20:00Z");     // hour 11:00 = the API's earliest start: inside the margin
        long justInside = id("2025-10-15T12:05:00Z");  // hour 12:00: accepted
        long preSnowflake = 20_000_000L;
        long tomorrow = id("2026-10-16T00:00:00Z");
        long farFuture = id("2030-01-01T00:00:00Z");
        long justAfterNow = id("2026-10-15T10:40:00.001Z");
        long now = id("2026-10-15T10:40:00Z");

        SincePostPlan p = plan(D28, NOW, old1, tomorrow, onBound, justInside, preSnowflake, farFuture, old1,
                justAfterNow, now);

        assertEquals(List.of(old1, onBound, preSnowflake), p.tooOld());
        assertEquals(List.of(tomorrow, farFuture, justAfterNow), p.notYetCreated());
        assertEquals(2, p.groups().size());
        assertEquals(w("2025-10-15T12:00:00Z", "2025-11-12T12:00:00Z"), p.groups().get(0).range());
        assertArrayEquals(new long[] {justInside}, p.groups().get(0).ids());
        assertArrayEquals(new long[] {now}, p.groups().get(1).ids());
        // a group at the oldest hour kept is still accepted by a request sent an hour later
        assertEquals(Optional.empty(),
                TimeRules.checkBounds(p.groups().get(0).windows().get(0), NOW.plus(Duration.ofMinutes(60))));
    }

    @Test
    void tweetPostedAtTheTopOfTheCurrentHourGetsOneHour() {
        Instant now = Instant.parse("2026-10-15T11:00:00Z");
        SincePostPlan p = plan(D28, now, id("2026-10-15T11:00:00Z"));
        assertEquals(w("2026-10-15T11:00:00Z", "2026-10-15T12:00:00Z"), p.groups().get(0).range());
        assertEquals(1, p.groups().get(0).windows().size());
    }

    @Test
    void longDurationsAreTiled() {
        long t = id("2026-06-01T00:10:00Z");
        SincePostPlan p = plan(Duration.ofDays(70), NOW, t);
        SincePostPlan.Group g = p.groups().get(0);
        assertEquals(w("2026-06-01T00:00:00Z", "2026-08-10T00:00:00Z"), g.range());
        assertEquals(List.of(
                w("2026-06-01T00:00:00Z", "2026-06-29T00:00:00Z"),
                w("2026-06-29T00:00:00Z", "2026-07-27T00:00:00Z"),
                w("2026-07-27T00:00:00Z", "2026-08-10T00:00:00Z")), g.windows());
        assertEquals(3, p.requestCount(25));
        assertEquals(3, p.distinctWindows().size());
    }

    @Test
    void longDurationCappedAtNow() {
        SincePostPlan p = plan(Duration.ofDays(365), NOW, id("2026-09-01T00:30:00Z"));
        SincePostPlan.Group g = p.groups().get(0);
        assertEquals(w("2026-09-01T00:00:00Z", "2026-10-15T11:00:00Z"), g.range());
        assertEquals(2, g.windows().size());
    }

    @Test
    void subHourDurationsRoundUpToTheHour() {
        SincePostPlan p = plan(Duration.ofMinutes(45), NOW, id("2026-10-01T10:20:00Z"));
        assertEquals(w("2026-10-01T10:00:00Z", "2026-10-01T11:00:00Z"), p.groups().get(0).range());
        p = plan(Duration.ofHours(36), NOW, id("2026-10-01T10:20:00Z"));
        assertEquals(w("2026-10-01T10:00:00Z", "2026-10-02T22:00:00Z"), p.groups().get(0).range());
    }

    @Test
    void emptyInput() {
        SincePostPlan p = plan(D28, NOW);
        assertEquals(List.of(), p.groups());
        assertEquals(0, p.idCount());
        assertEquals(0, p.requestCount(25));
    }

    @Test
    void refusesNonPositiveDuration() {
        assertThrows(IllegalArgumentException.class, () -> plan(Duration.ZERO, NOW, 1L));
        assertThrows(IllegalArgumentException.class, () -> plan(Duration.ofHours(-1), NOW, 1L));
    }

    @Test
    void randomIdsAreEachAccountedForOnce() {
        Random random = new Random(42);
        long from = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2027-01-01T00:00:00Z").toEpochMilli();
        long[] ids = new long[50_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i > 0 && random.nextInt(20) == 0 ? ids[random.nextInt(i)]
                    : ((from + (long) (random.nextDouble() * (to - from)) - 1288834974657L) << 22) + random.nextInt(1 << 22);
        }
        Duration length = Duration.ofDays(random.nextInt(60) + 1);
        SincePostPlan p = SincePost.plan(LongStream.of(ids).iterator(), length, NOW);

        Set<Long> distinct = new HashSet<>();
        for (long v : ids) {
            distinct.add(v);
        }
        Set<Long> seen = new HashSet<>();
        Instant previous = null;
        for (SincePostPlan.Group g : p.groups()) {
            if (previous != null) {
                assertTrue(previous.isBefore(g.range().start()), "groups ordered by start");
            }
            previous = g.range().start();
            assertTrue(g.range().duration().compareTo(length) <= 0, g.toString());
            assertTrue(g.range().end().equals(TimeRules.latestEnd(NOW)) || g.range().duration().equals(length));
            for (long v : g.ids()) {
                assertEquals(g.range().start(), TimeRules.floorHour(Snowflake.createdAt(v)));
                assertTrue(seen.add(v), "each ID once");
            }
            for (TimeWindow tw : g.windows()) {
                assertEquals(Optional.empty(), TimeRules.checkHistoricalWindow(tw, NOW), tw.toString());
            }
        }
        for (long v : p.tooOld()) {
            assertTrue(Snowflake.createdAt(v).isBefore(TimeRules.earliestStart(NOW).plus(Duration.ofHours(1))));
            assertTrue(seen.add(v));
        }
        for (long v : p.notYetCreated()) {
            assertTrue(Snowflake.createdAt(v).isAfter(NOW));
            assertTrue(seen.add(v));
        }
        assertEquals(distinct, seen);
        assertTrue(!p.tooOld().isEmpty() && !p.notYetCreated().isEmpty() && p.groups().size() > 1000);
    }
}
