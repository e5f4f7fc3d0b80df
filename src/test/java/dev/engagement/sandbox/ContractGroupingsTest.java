package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.errors;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static dev.engagement.sandbox.SandboxFixture.json;
import static dev.engagement.sandbox.SandboxFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.engagement.api.ApiMessages;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Spec 4: grouping rules and every shape A-H of 4.4, checked against independently computed trees. */
class ContractGroupingsTest {

    /**
     * The expected grouping: for every Tweet, type and hour of the window (or the lifetime when
     * {@code window} is null), the count goes to the path named by {@code keys}; sums where paths meet.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> expected(SandboxData data, List<Long> ids, List<String> types, List<String> keys,
            TimeWindow window, Instant now, boolean dayAboveLoneHour) {
        Map<String, Object> root = new TreeMap<>();
        List<Instant> hours = new ArrayList<>();
        if (window != null) {
            for (Instant h = window.start(); h.isBefore(window.end()); h = h.plusSeconds(3600)) {
                hours.add(h);
            }
        } else {
            hours.add(null);
        }
        List<String> levels = new ArrayList<>(keys);
        if (dayAboveLoneHour && levels.contains("engagement.hour") && !levels.contains("engagement.day")) {
            levels.add(levels.indexOf("engagement.hour"), "engagement.day");
        }
        for (long id : ids) {
            for (String type : types) {
                Metric m = Metric.fromWireName(type);
                for (Instant h : hours) {
                    long v = h == null ? data.lifetimeTotal(id, m, now) : data.count(id, m, h, now);
                    Map<String, Object> node = root;
                    for (int i = 0; i < levels.size(); i++) {
                        String k;
                        switch (levels.get(i)) {
                            case "tweet.id": k = Long.toString(id); break;
                            case "engagement.type": k = type; break;
                            case "engagement.day": k = h.atOffset(ZoneOffset.UTC).toLocalDate().toString(); break;
                            default: k = String.format("%02d", h.atOffset(ZoneOffset.UTC).getHour());
                        }
                        if (i == levels.size() - 1) {
                            node.merge(k, v, (a, b) -> (Long) a + (Long) b);
                        } else {
                            node = (Map<String, Object>) node.computeIfAbsent(k, x -> new TreeMap<>());
                        }
                    }
                }
            }
        }
        return root;
    }

    private static void check(SandboxFixture f, String endpoint, List<Long> ids, List<String> types, List<String> keys,
            String start, String end, TimeWindow window, boolean dayAboveLoneHour) {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("g", keys);
        RawHttp.Response r = f.post(endpoint, body(ids, types, g, start, end));
        assertEquals(200, r.status(), r.body());
        JsonObject o = json(r);
        assertEquals(expected(f.data, ids, types, keys, window, f.now(), dayAboveLoneHour), plain(o.get("g")),
                endpoint + " " + keys);
    }

    private static List<Long> tweets(SandboxFixture f) {
        List<Long> ids = new ArrayList<>(f.ids(f.now().minus(Duration.ofHours(20)), 2, f::owned));
        ids.add(f.id(f.now().minus(Duration.ofDays(3)), f::owned));
        return ids;
    }

    @Test
    void shapesOnTotals() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> ids = tweets(f);
            List<String> types = List.of("favorites", "replies", "retweets", "impressions");
            check(f, "totals", ids, types, List.of("engagement.type"), null, null, null, false); // A
            check(f, "totals", ids, types, List.of("tweet.id", "engagement.type"), null, null, null, false); // B
            check(f, "totals", ids, types, List.of("engagement.type", "tweet.id"), null, null, null, false); // C
            check(f, "totals", ids, types, List.of("tweet.id"), null, null, null, false); // summed over types
        }
    }

    @Test
    void shapesOn28hrWithHourOfDay() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> ids = tweets(f);
            List<String> types = List.of("impressions", "engagements", "url_clicks");
            TimeWindow w = TimeRules.window28hr(f.now());
            for (List<String> keys : List.of(
                    List.of("engagement.type"), // A
                    List.of("tweet.id", "engagement.type", "engagement.day"), // D
                    List.of("tweet.id", "engagement.type", "engagement.hour"), // E2
                    List.of("tweet.id", "engagement.type", "engagement.day", "engagement.hour"), // F
                    List.of("engagement.type", "tweet.id", "engagement.day", "engagement.hour"), // G
                    List.of("engagement.type", "engagement.day", "engagement.hour"), // H
                    List.of("engagement.hour", "engagement.day"), // any order of 2-3 keys
                    List.of("engagement.day"))) {
                check(f, "28hr", ids, types, keys, null, null, w, false);
            }
        }
    }

    @Test
    void hourOfDaySumsAcrossDaysAndDayThenHourLayoutInsertsTheDay() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofHours(30)), f::owned);
            RawHttp.Response r = f.post("28hr", body(List.of(id), List.of("impressions"),
                    grouping("g", "tweet.id", "engagement.type", "engagement.hour")));
            JsonObject hours = json(r).getAsJsonObject("g").getAsJsonObject(Long.toString(id)).getAsJsonObject("impressions");
            assertEquals(24, hours.size());
            // 08:00 occurs only on the first day, 10:00 on both (window 2026-06-14T08 .. 2026-06-15T13).
            Instant d1h10 = Instant.parse("2026-06-14T10:00:00Z");
            assertEquals(f.data.count(id, Metric.IMPRESSIONS, d1h10, f.now())
                    + f.data.count(id, Metric.IMPRESSIONS, d1h10.plus(Duration.ofDays(1)), f.now()),
                    hours.get("10").getAsLong());
        }
        try (SandboxFixture f = SandboxFixture.start(b -> b.hourLayout(SandboxConfig.HourLayout.DAY_THEN_HOUR))) {
            List<Long> ids = tweets(f);
            TimeWindow w = new TimeWindow(Instant.parse("2026-06-14T17:00:00Z"), Instant.parse("2026-06-14T21:00:00Z"));
            check(f, "historical", ids, List.of("impressions", "engagements"),
                    List.of("tweet.id", "engagement.type", "engagement.hour"),
                    "2026-06-14T17:00:00Z", "2026-06-14T21:00:00Z", w, true); // E1
        }
    }

    @Test
    void shapesOnHistoricalAndZeroFilledBuckets() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> ids = tweets(f);
            TimeWindow w = new TimeWindow(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-15T00:00:00Z"));
            List<String> types = List.of("impressions", "favorites", "app_opens");
            check(f, "historical", ids, types, List.of("tweet.id", "engagement.type"), "2026-06-01", "2026-06-15", w, false);
            check(f, "historical", ids, types, List.of("tweet.id", "engagement.type", "engagement.day"),
                    "2026-06-01", "2026-06-15", w, false);
            check(f, "historical", ids, types, List.of("engagement.type", "tweet.id", "engagement.day", "engagement.hour"),
                    "2026-06-01", "2026-06-15", w, false);
            // Every day bucket is there, even before the Tweets existed.
            RawHttp.Response r = f.post("historical", body(ids, types,
                    grouping("g", "tweet.id", "engagement.type", "engagement.day", "engagement.hour"), "2026-06-01", "2026-06-15"));
            JsonObject days = json(r).getAsJsonObject("g").getAsJsonObject(ids.get(0).toString()).getAsJsonObject("app_opens");
            assertEquals(14, days.size());
            days.entrySet().forEach(d -> assertEquals(24, d.getValue().getAsJsonObject().size()));
            assertEquals("0", days.getAsJsonObject("2026-06-01").get("00").getAsString());
        }
    }

    @Test
    void twentyNineHourlyBucketsIn28hrUnlessOnTheHour() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofHours(30)), f::owned);
            String b = body(List.of(id), List.of("impressions", "engagements"),
                    grouping("hourly-time-series", "tweet.id", "engagement.type", "engagement.day", "engagement.hour"));
            JsonObject o = json(f.post("28hr", b));
            JsonObject days = o.getAsJsonObject("hourly-time-series").getAsJsonObject(Long.toString(id))
                    .getAsJsonObject("engagements");
            assertEquals(16, days.getAsJsonObject("2026-06-14").size()); // 08..23
            assertEquals(13, days.getAsJsonObject("2026-06-15").size()); // 00..12
            assertTrue(days.getAsJsonObject("2026-06-15").has("00"));
            f.clock.set(Instant.parse("2026-06-15T12:00:00Z"));
            JsonObject onHour = json(f.post("28hr", b));
            assertEquals("2026-06-14T08:00:00Z", onHour.get("start").getAsString());
            assertEquals("2026-06-15T12:00:00Z", onHour.get("end").getAsString());
            JsonObject d2 = onHour.getAsJsonObject("hourly-time-series").getAsJsonObject(Long.toString(id))
                    .getAsJsonObject("engagements");
            assertEquals(28, d2.getAsJsonObject("2026-06-14").size() + d2.getAsJsonObject("2026-06-15").size());
        }
    }

    @Test
    void groupingRuleViolationsAre400() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> ids = List.of(f.id(f.now().minus(Duration.ofDays(2)), f::owned));
            List<String> t = List.of("impressions");
            RawHttp.Response time = f.post("totals", body(ids, t, grouping("g", "tweet.id", "engagement.hour")));
            assertEquals(400, time.status());
            assertEquals(List.of(ApiMessages.unsupportedGroupBys(List.of("engagement.hour"))), errors(time));
            assertEquals("One or more of the groupBys you have specified are not supported: (engagement.hour). "
                    + "Please adjust your request and try again.", errors(time).get(0));
            RawHttp.Response two = f.post("totals", body(ids, t, grouping("g", "engagement.day", "engagement.hour")));
            assertEquals(List.of(ApiMessages.unsupportedGroupBys(List.of("engagement.day", "engagement.hour"))), errors(two));

            Map<String, List<String>> four = new LinkedHashMap<>();
            for (int i = 0; i < 4; i++) {
                four.put("g" + i, List.of("engagement.type"));
            }
            assertEquals(400, f.post("totals", body(ids, t, four)).status());
            Map<String, List<String>> twoFourKey = new LinkedHashMap<>();
            twoFourKey.put("a", List.of("tweet.id", "engagement.type", "engagement.day", "engagement.hour"));
            twoFourKey.put("b", List.of("engagement.type", "tweet.id", "engagement.day", "engagement.hour"));
            assertEquals(400, f.post("28hr", body(ids, t, twoFourKey)).status());
            assertEquals(400, f.post("28hr", body(ids, t, grouping("g", "engagement.day", "engagement.hour",
                    "tweet.id", "engagement.type"))).status());
            for (String reserved : List.of("start", "end", "errors", "unavailable_tweet_ids",
                    "unsupported_for_video_views_tweet_ids")) {
                assertEquals(400, f.post("28hr", body(ids, t, grouping(reserved, "engagement.type"))).status(), reserved);
            }
            assertEquals(400, f.post("totals", body(ids, t, grouping("g"))).status());
            assertEquals(400, f.post("totals", body(ids, t, grouping("g", "tweet.id", "tweet.id"))).status());
            assertEquals(400, f.post("totals", body(ids, t, grouping("g", "tweet.text"))).status());
            assertEquals(400, f.post("totals", body(ids, t, grouping("g", "Tweet.id", "engagement.type"))).status());
            // Names with spaces and punctuation are fine and echoed as given; three groupings at once.
            Map<String, List<String>> three = new LinkedHashMap<>();
            three.put("Grand Totals", List.of("engagement.type"));
            three.put("engagement-types-by-id", List.of("tweet.id", "engagement.type"));
            three.put("my grouping name", List.of("engagement.type", "tweet.id"));
            RawHttp.Response ok = f.post("totals", body(ids, t, three));
            assertEquals(200, ok.status());
            assertEquals(three.keySet(), json(ok).keySet());
        }
        try (SandboxFixture f = SandboxFixture.start(b -> b.strictGroupKeyCase(false))) {
            List<Long> ids = List.of(f.id(f.now().minus(Duration.ofDays(2)), f::owned));
            RawHttp.Response r = f.post("totals", body(ids, List.of("favorites"), grouping("g", "Tweet.id", "engagement.type")));
            assertEquals(200, r.status(), r.body());
            assertTrue(json(r).getAsJsonObject("g").has(ids.get(0).toString()));
        }
    }
}
