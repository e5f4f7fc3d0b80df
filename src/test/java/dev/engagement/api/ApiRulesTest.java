package dev.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRulesTest {
    static Map<String, List<String>> groupings(String... specs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String s : specs) {
            String[] p = s.split("=");
            m.put(p[0], List.of(p[1].split(",")));
        }
        return m;
    }

    @Test
    void metricCountsPerEndpoint() {
        assertEquals(7, ApiRules.defaultMetrics(Endpoint.TOTALS, AuthKind.USER).size());
        assertEquals(5, ApiRules.defaultMetrics(Endpoint.TOTALS, AuthKind.APP).size());
        assertEquals(17, ApiRules.defaultMetrics(Endpoint.HOURS_28, AuthKind.USER).size());
        assertEquals(17, ApiRules.defaultMetrics(Endpoint.HISTORICAL, AuthKind.USER).size());
    }

    @Test
    void metricRules() {
        assertEquals(400, ApiRules.parseMetrics(Endpoint.TOTALS, List.of("url_clicks"), AuthKind.USER, true).error().status());
        assertEquals(400, ApiRules.parseMetrics(Endpoint.HOURS_28, List.of("quote_tweets"), AuthKind.USER, true).error().status());
        assertEquals(400, ApiRules.parseMetrics(Endpoint.TOTALS, List.of("likes"), AuthKind.USER, true).error().status());
        ApiError app = ApiRules.parseMetrics(Endpoint.TOTALS, List.of("favorites", "impressions"), AuthKind.APP, true).error();
        assertEquals(403, app.status());
        assertEquals("Forbidden to access metrics: impressions", app.firstMessage());
        assertEquals(403, ApiRules.parseMetrics(Endpoint.HISTORICAL, List.of("favorites"), AuthKind.APP, true).error().status());
        assertTrue(ApiRules.parseMetrics(Endpoint.HOURS_28, List.of("media_clicks"), AuthKind.USER, true).isOk());
        assertEquals(400, ApiRules.parseMetrics(Endpoint.HOURS_28, List.of("media_clicks"), AuthKind.USER, false).error().status());
    }

    @Test
    void groupingRules() {
        assertTrue(ApiRules.parseGroupings(Endpoint.HOURS_28,
                groupings("h=tweet.id,engagement.type,engagement.day,engagement.hour"), false).isOk());
        assertTrue(ApiRules.parseGroupings(Endpoint.HOURS_28,
                groupings("h=engagement.type,tweet.id,engagement.day,engagement.hour"), false).isOk());
        assertEquals(400, ApiRules.parseGroupings(Endpoint.HOURS_28,
                groupings("h=engagement.day,tweet.id,engagement.type,engagement.hour"), false).error().status());
        assertEquals(400, ApiRules.parseGroupings(Endpoint.HOURS_28, groupings(
                "a=tweet.id,engagement.type,engagement.day,engagement.hour",
                "b=engagement.type,tweet.id,engagement.day,engagement.hour"), false).error().status());
        assertEquals("One or more of the groupBys you have specified are not supported: (engagement.hour). "
                + "Please adjust your request and try again.", ApiRules.parseGroupings(Endpoint.TOTALS,
                groupings("g=tweet.id,engagement.hour"), false).error().firstMessage());
        assertEquals(400, ApiRules.parseGroupings(Endpoint.TOTALS, groupings("a=tweet.id", "b=tweet.id",
                "c=tweet.id", "d=tweet.id"), false).error().status());
        assertEquals(400, ApiRules.parseGroupings(Endpoint.TOTALS, groupings("start=tweet.id"), false).error().status());
        assertEquals(400, ApiRules.parseGroupings(Endpoint.TOTALS, groupings("g=tweet.id,tweet.id"), false).error().status());
        assertEquals(400, ApiRules.parseGroupings(Endpoint.TOTALS, groupings("g=Tweet.id"), false).error().status());
        assertTrue(ApiRules.parseGroupings(Endpoint.TOTALS, groupings("g=Tweet.id"), true).isOk());
    }

    @Test
    void tweetIdSyntax() {
        assertTrue(TweetIds.isValid("9223372036854775807"));
        assertTrue(!TweetIds.isValid("9223372036854775808"));
        assertTrue(!TweetIds.isValid("12345678901234567890"));
        assertTrue(!TweetIds.isValid("1.26029E+18"));
        assertTrue(!TweetIds.isValid(""));
        assertTrue(!TweetIds.isValid("0"), "no Tweet has the ID 0");
        assertTrue(!TweetIds.isValid("000"));
        assertTrue(TweetIds.isValid("0042"));
    }

    @Test
    void onlyTimeSeriesBucketsMayBeNegative() {
        Grouping perTweet = new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));
        Grouping hourly = new Grouping("h", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_HOUR));
        Grouping daily = new Grouping("d", List.of(GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY));
        assertFalse(ApiRules.countMayBeNegative(Endpoint.TOTALS, perTweet), "spec 9 #39: lifetime totals never are");
        assertFalse(ApiRules.countMayBeNegative(Endpoint.HISTORICAL, perTweet), "summed over the window");
        assertTrue(ApiRules.countMayBeNegative(Endpoint.HOURS_28, hourly));
        assertTrue(ApiRules.countMayBeNegative(Endpoint.HISTORICAL, daily));
    }

    @Test
    void aNegativeCountIsAMalformedAnswerOnlyWhereItCannotBe() {
        EngagementRequest totals = new EngagementRequest(Endpoint.TOTALS, List.of("20"), List.of(Metric.FAVORITES),
                List.of(new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE))), null);
        EngagementResponse negative = ResponseJson.parse(bytes("{\"g\":{\"20\":{\"favorites\":\"-3\"}}}"));
        assertTrue(ResponseCheck.problem(totals, negative).contains("negative"));
        EngagementRequest hours = new EngagementRequest(Endpoint.HOURS_28, List.of("20"), List.of(Metric.FAVORITES),
                List.of(new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY))),
                null);
        EngagementResponse bucket = ResponseJson.parse(bytes("{\"g\":{\"20\":{\"favorites\":{\"2026-06-15\":\"-3\"}}}}"));
        assertEquals(null, ResponseCheck.problem(hours, bucket), "an unfavorite in a day bucket");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
