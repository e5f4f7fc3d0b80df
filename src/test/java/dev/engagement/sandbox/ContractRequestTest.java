package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.errors;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static dev.engagement.sandbox.SandboxFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec 2: the request body, Tweet IDs, and the historical window (2.2, 4.6). */
class ContractRequestTest {

    @Test
    void malformedBodiesAre400() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            String g = "\"groupings\":{\"g\":{\"group_by\":[\"tweet.id\",\"engagement.type\"]}}";
            for (String bad : List.of("", "not json", "[]", "{\"tweet_ids\":[\"" + id + "\"]}",
                    "{\"engagement_types\":[\"favorites\"]," + g + "}",
                    "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favorites\"]}",
                    "{\"tweet_ids\":[\"12a\"],\"engagement_types\":[\"favorites\"]," + g + "}",
                    "{\"tweet_ids\":[-5],\"engagement_types\":[\"favorites\"]," + g + "}",
                    "{\"tweet_ids\":[1.5],\"engagement_types\":[\"favorites\"]," + g + "}",
                    "{\"tweet_ids\":[\"99999999999999999999\"],\"engagement_types\":[\"favorites\"]," + g + "}",
                    "{\"tweet_ids\":[],\"engagement_types\":[\"favorites\"]," + g + "}",
                    "{\"tweet_ids\":\"" + id + "\",\"engagement_types\":[\"favorites\"]," + g + "}",
                    "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[],\"groupings\":{}}",
                    "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favorites\"],\"groupings\":[]}",
                    "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favorites\"]," + g + "} trailing")) {
                RawHttp.Response r = f.post("totals", bad);
                assertEquals(400, r.status(), bad + " -> " + r.body());
                assertEquals(1, errors(r).size(), r.body());
            }
        }
    }

    @Test
    void idsAsNumbersOrStringsUnknownFieldsIgnoredDuplicatesMerged() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> ids = f.ids(f.now().minus(Duration.ofDays(2)), 2, f::owned);
            String json = "{\"tweet_ids\":[" + ids.get(0) + ",\"" + ids.get(1) + "\",\"" + ids.get(0) + "\"],"
                    + "\"engagement_types\":[\"favorites\"],\"future_field\":{\"x\":[1,2]},"
                    + "\"groupings\":{\"g\":{\"group_by\":[\"tweet.id\",\"engagement.type\"],\"extra\":true}}}";
            RawHttp.Response r = f.post("totals", json);
            assertEquals(200, r.status(), r.body());
            JsonObject g = json(r).getAsJsonObject("g");
            assertEquals(2, g.size());
            assertEquals(Long.toString(f.data.lifetimeTotal(ids.get(0), Metric.FAVORITES)),
                    g.getAsJsonObject(ids.get(0).toString()).get("favorites").getAsString());
        }
    }

    @Test
    void idLimitsPerEndpoint() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> ids = f.ids(f.now().minus(Duration.ofDays(2)), 251, f::owned);
            assertEquals(200, f.post("totals", body(ids.subList(0, 250), List.of("favorites"),
                    grouping("g", "engagement.type"))).status());
            assertEquals(400, f.post("totals", body(ids, List.of("favorites"), grouping("g", "engagement.type"))).status());
            assertEquals(200, f.post("28hr", body(ids.subList(0, 25), List.of("favorites"),
                    grouping("g", "engagement.type"))).status());
            for (String e : List.of("28hr", "historical")) {
                RawHttp.Response r = f.post(e, body(ids.subList(0, 26), List.of("favorites"), grouping("g", "engagement.type")));
                assertEquals(400, r.status());
                assertTrue(errors(r).get(0).contains("25"));
            }
        }
    }

    private static JsonObject historical(SandboxFixture f, long id, String start, String end, int expectStatus) {
        RawHttp.Response r = f.post("historical", body(List.of(id), List.of("impressions"),
                grouping("g", "tweet.id", "engagement.type", "engagement.day", "engagement.hour"), start, end));
        assertEquals(expectStatus, r.status(), start + ".." + end + " -> " + r.body());
        return json(r);
    }

    @Test
    void historicalDateOnlyBoundsEchoMidnight() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(40)), f::owned);
            JsonObject o = historical(f, id, "2026-05-01", "2026-05-15", 200);
            assertEquals("2026-05-01T00:00:00Z", o.get("start").getAsString());
            assertEquals("2026-05-15T00:00:00Z", o.get("end").getAsString());
            JsonObject days = o.getAsJsonObject("g").getAsJsonObject(Long.toString(id)).getAsJsonObject("impressions");
            assertEquals(14, days.size());
            assertFalse(days.has("2026-05-15"), "end is exclusive");
        }
    }

    @Test
    void historicalRoundsStartDownAndEndUp() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(40)), f::owned);
            JsonObject o = historical(f, id, "2026-06-01T12:24:00Z", "2026-06-10T08:37:00Z", 200);
            assertEquals("2026-06-01T12:00:00Z", o.get("start").getAsString());
            assertEquals("2026-06-10T09:00:00Z", o.get("end").getAsString());
            JsonObject small = historical(f, id, "2026-06-10T17:00:00Z", "2026-06-10T21:00:00Z", 200);
            JsonObject hours = small.getAsJsonObject("g").getAsJsonObject(Long.toString(id))
                    .getAsJsonObject("impressions").getAsJsonObject("2026-06-10");
            assertEquals(List.of("17", "18", "19", "20"), new ArrayList<>(hours.keySet()));
            historical(f, id, "2026-06-10T17:00:00.250Z", "2026-06-10T21:00:00Z", 200);
        }
    }

    @Test
    void historicalWindowLimits() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(400)), f::owned);
            historical(f, id, "2026-05-01T00:00:00Z", "2026-05-29T00:00:00Z", 200); // exactly 672 h
            historical(f, id, "2026-05-01T00:00:00Z", "2026-05-29T00:00:01Z", 400); // rounds to 673 h
            historical(f, id, "2026-06-10", "2026-06-16T00:00:00Z", 400); // end in the future
            historical(f, id, "2026-06-15T10:00:00Z", "2026-06-15T13:00:00Z", 200); // ceilHour(now) is fine
            historical(f, id, "2025-06-01", "2025-06-10", 400); // more than 365 days back
            historical(f, id, "2026-06-10", "2026-06-10", 400); // start == end
            historical(f, id, "2026-06-11", "2026-06-10", 400); // reversed
            for (String bad : List.of("2026/06/10", "2026-06-10 12:00", "2026-06-10T12:00:00+02:00", "10 June",
                    "2026-06-10T12:00Z")) {
                JsonObject o = historical(f, id, bad, null, 400);
                assertTrue(o.getAsJsonArray("errors").get(0).getAsString().startsWith("Invalid start"));
            }
        }
    }

    @Test
    void historicalDefaultWindowEchoesUnroundedEnd() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(60)), f::owned);
            JsonObject o = historical(f, id, null, null, 200);
            assertEquals("2026-05-18T13:00:00Z", o.get("start").getAsString()); // now - 28 d, rounded up
            assertEquals("2026-06-15T12:34:56Z", o.get("end").getAsString());
        }
    }

    @Test
    void historicalOneSidedRanges() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(60)), f::owned);
            JsonObject startOnly = historical(f, id, "2026-06-01T00:00:00Z", null, 200);
            assertEquals("2026-06-01T00:00:00Z", startOnly.get("start").getAsString());
            assertEquals("2026-06-15T13:00:00Z", startOnly.get("end").getAsString());
            JsonObject startLongAgo = historical(f, id, "2026-04-01T00:00:00Z", null, 200);
            assertEquals("2026-04-29T00:00:00Z", startLongAgo.get("end").getAsString());
            JsonObject endOnly = historical(f, id, null, "2026-06-10T00:00:00Z", 200);
            assertEquals("2026-05-13T00:00:00Z", endOnly.get("start").getAsString());
        }
    }

    @Test
    void historicalOneSidedRangesWithUnalignedBounds() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(60)), f::owned);
            JsonObject startOnly = historical(f, id, "2026-04-01T00:24:00Z", null, 200);
            assertEquals("2026-04-29T00:00:00Z", startOnly.get("end").getAsString());
            JsonObject endOnly = historical(f, id, null, "2026-06-10T10:30:00Z", 200);
            assertEquals("2026-05-13T11:00:00Z", endOnly.get("start").getAsString());
        }
    }

    @Test
    void historicalValuesAreTheSumsOfTheirHours() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(3)), f::owned);
            RawHttp.Response r = f.post("historical", body(List.of(id), List.of("impressions", "engagements"),
                    grouping("g", "tweet.id", "engagement.type"), "2026-06-11T05:00:00Z", "2026-06-14T19:00:00Z"));
            JsonObject per = json(r).getAsJsonObject("g").getAsJsonObject(Long.toString(id));
            TimeWindow w = new TimeWindow(Instant.parse("2026-06-11T05:00:00Z"), Instant.parse("2026-06-14T19:00:00Z"));
            assertEquals(f.data.sum(id, Metric.IMPRESSIONS, w, f.now()), per.get("impressions").getAsLong());
            assertEquals(f.data.sum(id, Metric.ENGAGEMENTS, w, f.now()), per.get("engagements").getAsLong());
            assertTrue(per.get("impressions").getAsLong() > 0);
            // 28hr window and /totals agree with the same data.
            RawHttp.Response r28 = f.post("28hr", body(List.of(id), List.of("impressions"),
                    grouping("g", "engagement.type")));
            assertEquals(f.data.sum(id, Metric.IMPRESSIONS, TimeRules.window28hr(f.now()), f.now()),
                    json(r28).getAsJsonObject("g").get("impressions").getAsLong());
        }
    }

    @Test
    void startAndEndAreIgnoredOnTotalsAnd28hr() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(3)), f::owned);
            String b = body(List.of(id), List.of("favorites"), grouping("g", "tweet.id", "engagement.type"),
                    "garbage", "2030-01-01");
            RawHttp.Response t = f.post("totals", b);
            assertEquals(200, t.status());
            assertFalse(json(t).has("start"), "no start/end on totals");
            RawHttp.Response h = f.post("28hr", b);
            assertEquals(200, h.status());
            assertEquals("2026-06-14T08:00:00Z", json(h).get("start").getAsString());
            assertEquals("2026-06-15T13:00:00Z", json(h).get("end").getAsString());
        }
    }
}
