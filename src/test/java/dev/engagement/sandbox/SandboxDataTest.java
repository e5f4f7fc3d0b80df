package dev.engagement.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.api.Metric;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data model: deterministic, consistent across aggregations, plausible. */
class SandboxDataTest {
    static final Instant NOW = SandboxFixture.NOW;
    final SandboxData data = new SandboxData(42, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shareOfOwnersDeletedProtectedAndVideos() {
        int n = 20_000;
        int owned = 0;
        int other = 0;
        int deleted = 0;
        int prot = 0;
        int video = 0;
        Set<Long> authors = new java.util.HashSet<>();
        Instant created = NOW.minus(Duration.ofDays(3));
        for (int i = 0; i < n; i++) {
            long id = SandboxData.idAt(created, i);
            authors.add(data.authorOf(id));
            owned += data.authorOf(id) == SandboxData.SANDBOX_USER_ID ? 1 : 0;
            other += data.authorOf(id) == SandboxData.OTHER_USER_ID ? 1 : 0;
            deleted += data.isDeleted(id) ? 1 : 0;
            prot += data.isProtected(id) ? 1 : 0;
            video += data.hasVideo(id) ? 1 : 0;
            assertFalse(data.isDeleted(id) && data.isProtected(id));
        }
        assertEquals(0.90, owned / (double) n, 0.01);
        assertEquals(0.05, other / (double) n, 0.01);
        assertEquals(0.03, deleted / (double) n, 0.005);
        assertEquals(0.01, prot / (double) n, 0.003);
        assertEquals(0.30, video / (double) n, 0.02);
        assertEquals(5, authors.size());
    }

    @Test
    void deterministicPerSeedAndDifferentAcrossSeeds() {
        SandboxData again = new SandboxData(42, Clock.fixed(NOW, ZoneOffset.UTC));
        SandboxData otherSeed = new SandboxData(43, Clock.fixed(NOW, ZoneOffset.UTC));
        long id = SandboxData.idAt(NOW.minus(Duration.ofHours(30)), 7);
        Instant hour = TimeRules.floorHour(NOW.minus(Duration.ofHours(20)));
        assertEquals(data.count(id, Metric.IMPRESSIONS, hour), again.count(id, Metric.IMPRESSIONS, hour));
        assertEquals(data.lifetimeTotal(id, Metric.FAVORITES), again.lifetimeTotal(id, Metric.FAVORITES));
        long diff = 0;
        for (int i = 0; i < 50; i++) {
            long x = SandboxData.idAt(NOW.minus(Duration.ofDays(2)), i);
            diff += Math.abs(data.lifetimeTotal(x, Metric.IMPRESSIONS) - otherSeed.lifetimeTotal(x, Metric.IMPRESSIONS));
        }
        assertTrue(diff > 0);
    }

    @Test
    void lifetimeTotalIsTheSumOfAllVisibleHoursAndAtLeastAnyWindow() {
        for (int i = 0; i < 40; i++) {
            long id = SandboxData.idAt(NOW.minus(Duration.ofHours(5 + i * 7)).minusSeconds(i * 97), i);
            Instant created = data.createdAt(id);
            TimeWindow all = new TimeWindow(TimeRules.floorHour(created), TimeRules.ceilHour(NOW));
            for (Metric m : EnumSet.of(Metric.IMPRESSIONS, Metric.ENGAGEMENTS, Metric.RETWEETS, Metric.VIDEO_VIEWS,
                    Metric.URL_CLICKS)) {
                long total = data.lifetimeTotal(id, m, NOW);
                assertEquals(total, data.sum(id, m, all, NOW), "id " + id + " " + m);
                long[] hourly = data.hourly(id, m, all, NOW);
                assertEquals(total, java.util.Arrays.stream(hourly).sum());
                TimeWindow w28 = TimeRules.window28hr(NOW);
                assertTrue(total >= data.sum(id, m, w28, NOW));
                for (long h : hourly) {
                    assertTrue(h >= 0);
                }
            }
        }
    }

    @Test
    void noEngagementBeforeCreationOrAfterNow() {
        long id = SandboxData.idAt(NOW.minus(Duration.ofMinutes(90)), 3);
        Instant createdHour = TimeRules.floorHour(data.createdAt(id));
        for (Metric m : Metric.values()) {
            assertEquals(0, data.count(id, m, createdHour.minus(Duration.ofHours(1)), NOW));
            assertEquals(0, data.count(id, m, TimeRules.ceilHour(NOW), NOW));
        }
        assertTrue(data.count(id, Metric.IMPRESSIONS, createdHour, NOW) > 0);
        long future = SandboxData.idAt(NOW.plusSeconds(60), 0);
        assertFalse(data.existsAt(future, NOW));
        assertEquals(0, data.lifetimeTotal(future, Metric.IMPRESSIONS, NOW));
    }

    @Test
    void currentHourGrowsAndTotalsNeverShrink() {
        long id = SandboxData.idAt(NOW.minus(Duration.ofHours(2)), 11);
        long prev = -1;
        for (int s = 0; s <= 3600; s += 300) {
            Instant t = TimeRules.floorHour(NOW).plusSeconds(s);
            long total = data.lifetimeTotal(id, Metric.IMPRESSIONS, t);
            assertTrue(total >= prev);
            prev = total;
        }
    }

    @Test
    void activityDecaysButNeverStops() {
        long young = 0;
        long old = 0;
        int oldNonZeroWindows = 0;
        for (int i = 0; i < 30; i++) {
            long y = SandboxData.idAt(NOW.minus(Duration.ofHours(30)), i);
            long o = SandboxData.idAt(NOW.minus(Duration.ofDays(3 * 365)), i);
            TimeWindow w = TimeRules.window28hr(NOW);
            young += data.sum(y, Metric.IMPRESSIONS, w, NOW);
            long oldSum = data.sum(o, Metric.IMPRESSIONS, w, NOW);
            old += oldSum;
            oldNonZeroWindows += oldSum > 0 ? 1 : 0;
        }
        assertTrue(young > 10 * old, young + " vs " + old);
        assertEquals(30, oldNonZeroWindows, "every years-old Tweet still gets some impressions in 28 hours");
        // Ten years from now, still something.
        long o = SandboxData.idAt(Instant.parse("2016-01-01T00:00:00Z"), 5);
        Instant later = NOW.plus(Duration.ofDays(3650));
        assertTrue(data.sum(o, Metric.IMPRESSIONS, TimeRules.window28hr(later), later) > 0);
    }

    @Test
    void engagementsAreTheirOwnNumberAndVideoViewsOnlyWithVideo() {
        int differs = 0;
        for (int i = 0; i < 30; i++) {
            long id = SandboxData.idAt(NOW.minus(Duration.ofDays(2)), i);
            long sum = 0;
            for (Metric m : EnumSet.of(Metric.FAVORITES, Metric.RETWEETS, Metric.REPLIES, Metric.URL_CLICKS,
                    Metric.DETAIL_EXPANDS, Metric.HASHTAG_CLICKS, Metric.PERMALINK_CLICKS, Metric.USER_PROFILE_CLICKS)) {
                sum += data.lifetimeTotal(id, m);
            }
            differs += sum != data.lifetimeTotal(id, Metric.ENGAGEMENTS) ? 1 : 0;
            if (!data.hasVideo(id)) {
                assertEquals(0, data.lifetimeTotal(id, Metric.VIDEO_VIEWS));
            } else {
                assertTrue(data.lifetimeTotal(id, Metric.VIDEO_VIEWS) > 0);
            }
            assertEquals(data.lifetimeTotal(id, Metric.MEDIA_ENGAGEMENTS), data.lifetimeTotal(id, Metric.MEDIA_CLICKS));
        }
        assertTrue(differs > 25);
    }

    @Test
    void socialMetricsReadZeroBefore2015SeptemberInTimeSeriesOnly() {
        Instant early = Instant.parse("2015-09-10T00:00:00Z");
        SandboxData d = new SandboxData(42, Clock.fixed(Instant.parse("2015-10-01T00:00:00Z"), ZoneOffset.UTC));
        long id = 0;
        for (int i = 0; ; i++) {
            id = SandboxData.idAt(early, i);
            if (d.lifetimeTotal(id, Metric.FAVORITES) > 5) {
                break;
            }
        }
        TimeWindow before = new TimeWindow(TimeRules.floorHour(early), TimeRules.SOCIAL_METRICS_START);
        assertEquals(0, d.sum(id, Metric.FAVORITES, before, d.createdAt(id).plus(Duration.ofDays(30))));
        assertTrue(d.sum(id, Metric.IMPRESSIONS, before, d.createdAt(id).plus(Duration.ofDays(30))) > 0);
        assertTrue(d.lifetimeTotal(id, Metric.FAVORITES) > 5);
    }

    @Test
    void totalsForTwoHundredFiftyIdsAreCheap() {
        Metric[] ms = {Metric.IMPRESSIONS, Metric.ENGAGEMENTS, Metric.FAVORITES, Metric.RETWEETS, Metric.QUOTE_TWEETS,
            Metric.REPLIES, Metric.VIDEO_VIEWS};
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            long t0 = System.nanoTime();
            long sink = 0;
            for (int i = 0; i < 250; i++) {
                long id = SandboxData.idAt(NOW.minus(Duration.ofDays(1 + i * 7L)), i);
                for (Metric m : ms) {
                    sink += data.lifetimeTotal(id, m, NOW);
                }
            }
            best = Math.min(best, System.nanoTime() - t0);
            assertNotEquals(-1, sink);
        }
        assertTrue(best < 25_000_000L, "250 IDs x 7 metrics took " + best / 1e6 + " ms");
    }
}
