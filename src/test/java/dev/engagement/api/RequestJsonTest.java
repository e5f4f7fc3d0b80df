package dev.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestJsonTest {
    @Test
    void writesIdsAsDecimalStringsAndHistoricalWindow() {
        EngagementRequest r = new EngagementRequest(Endpoint.HISTORICAL, List.of("9223372036854775807", "20"),
                List.of(Metric.IMPRESSIONS, Metric.ENGAGEMENTS),
                List.of(new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE))),
                new TimeWindow(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-15T00:00:00Z")));
        assertEquals("{\"tweet_ids\":[\"9223372036854775807\",\"20\"],\"engagement_types\":[\"impressions\",\"engagements\"],"
                + "\"groupings\":{\"g\":{\"group_by\":[\"tweet.id\",\"engagement.type\"]}},"
                + "\"start\":\"2026-10-01T00:00:00Z\",\"end\":\"2026-10-15T00:00:00Z\"}", RequestJson.write(r));
    }

    @Test
    void isLaidOutAsGsonsWriterLaysItOutEscapesIncluded() throws Exception {
        List<Grouping> groupings = List.of(new Grouping("per \"tweet\" \\ \u2028 \u00e9\t", List.of(GroupKey.TWEET_ID,
                GroupKey.ENGAGEMENT_TYPE)), new Grouping("types", List.of(GroupKey.ENGAGEMENT_TYPE)));
        EngagementRequest r = new EngagementRequest(Endpoint.TOTALS, List.of("1", "22", "333"),
                List.of(Metric.FAVORITES, Metric.RETWEETS), groupings, null);
        java.io.StringWriter expected = new java.io.StringWriter();
        try (com.google.gson.stream.JsonWriter w = new com.google.gson.stream.JsonWriter(expected)) {
            w.beginObject().name("tweet_ids").beginArray();
            for (String id : r.tweetIds()) {
                w.value(id);
            }
            w.endArray().name("engagement_types").beginArray();
            for (Metric m : r.metrics()) {
                w.value(m.wireName());
            }
            w.endArray().name("groupings").beginObject();
            for (Grouping g : groupings) {
                w.name(g.name()).beginObject().name("group_by").beginArray();
                for (GroupKey k : g.keys()) {
                    w.value(k.wireName());
                }
                w.endArray().endObject();
            }
            w.endObject().endObject();
        }
        assertEquals(expected.toString(), RequestJson.write(r));
    }

    @Test
    void totalsCarriesNoWindow() {
        EngagementRequest r = new EngagementRequest(Endpoint.TOTALS, List.of("1"), List.of(Metric.FAVORITES),
                List.of(new Grouping("g", List.of(GroupKey.ENGAGEMENT_TYPE))), null);
        assertFalse(RequestJson.write(r).contains("start"));
    }

    @Test
    void parsesNumbersAndStringsAndDeduplicates() {
        Result<RequestJson.RawRequest> r = RequestJson.parse("{\"tweet_ids\":[1260294888811347969, \"850006245121695744\","
                + "\"850006245121695744\"],\"engagement_types\":[\"favorites\"],\"groupings\":{\"g\":{\"group_by\":"
                + "[\"tweet.id\"]}},\"extra\":{\"ignored\":true}}");
        assertTrue(r.isOk());
        assertEquals(List.of("1260294888811347969", "850006245121695744"), r.value().tweetIds());
    }

    @Test
    void refusesMalformedBodies() {
        assertEquals(400, RequestJson.parse("not json").error().status());
        assertEquals(400, RequestJson.parse("").error().status());
        assertTrue(RequestJson.parse("{\"tweet_ids\":[\"12a\"],\"engagement_types\":[],\"groupings\":{}}").error()
                .firstMessage().contains("12a"));
        assertTrue(RequestJson.parse("{\"tweet_ids\":[1.5e3],\"engagement_types\":[],\"groupings\":{}}").error()
                .firstMessage().contains("Invalid Tweet ID"));
        assertTrue(RequestJson.parse("{\"engagement_types\":[],\"groupings\":{}}").error().firstMessage()
                .contains("no tweet_ids"));
    }

    @Test
    void readsOnlyStrictJson() {
        String g = "\"engagement_types\":[\"favorites\"],\"groupings\":{\"g\":{\"group_by\":[\"tweet.id\"]}}";
        String ok = "{\"tweet_ids\":[\"20\"]," + g + "}";
        assertTrue(RequestJson.parse(ok).isOk());
        for (String bad : List.of("\uFEFF" + ok, ok + " x", ok + ok, "{\"tweet_ids\":[\"20\"],\"a\":NULL," + g + "}",
                "{\"tweet_ids\":[\"20\"],\"a\":\"\u0007\"," + g + "}", "{\"tweet_ids\":[\"20\"],\"a\":\"\\'\"," + g + "}",
                "{\"tweet_ids\":[\"20\"],\"a\":True," + g + "}", "{tweet_ids:[\"20\"]," + g + "}",
                "{\"tweet_ids\":[\"20\"];" + g + "}")) {
            assertEquals(RequestJson.NOT_JSON, RequestJson.parse(bad).error().firstMessage(), bad);
        }
    }

    @Test
    void aKeyGivenTwiceTakesItsLastValue() {
        Result<RequestJson.RawRequest> r = RequestJson.parse("{\"tweet_ids\":[\"1\"],\"tweet_ids\":[\"2\"],"
                + "\"engagement_types\":[\"favorites\"],\"groupings\":{\"g\":{\"group_by\":[\"tweet.id\"]},"
                + "\"g\":{\"group_by\":[\"engagement.type\"]}},\"start\":\"a\",\"start\":\"2026-01-01\"}");
        assertEquals(List.of("2"), r.value().tweetIds());
        assertEquals(List.of("engagement.type"), r.value().groupings().get("g"));
        assertEquals("2026-01-01", r.value().start());
    }

    @Test
    void wireDatesAreReadStrictly() {
        assertEquals(Instant.parse("2026-11-27T00:00:00Z"), TimeRules.parseWire("2026-11-27"));
        assertEquals(Instant.parse("2026-11-27T23:59:59.5Z"), TimeRules.parseWire("2026-11-27T23:59:59.5Z"));
        for (String bad : List.of("2026-11-27T24:00:00Z", "2026-11-27T23:59:60Z", "2026-02-29", "2026-04-31T10:00:00Z",
                "2026-11-27T23:60:00Z", "", "2026-11-27T10:00:00+00:00", "2026-11-27T10:00Z", "+2026-11-27")) {
            assertEquals(null, TimeRules.parseWire(bad), bad);
        }
        assertEquals(null, TimeRules.parseWire(null));
    }
}
