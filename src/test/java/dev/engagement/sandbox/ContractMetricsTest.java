package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.errors;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static dev.engagement.sandbox.SandboxFixture.json;
import static dev.engagement.sandbox.SandboxFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.engagement.api.ApiMessages;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeRules;
import dev.engagement.sandbox.SandboxFixture.Auth;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec 3: which metric on which endpoint, age rules, legacy media_clicks. */
class ContractMetricsTest {
    static final List<String> TOTALS_ALL = List.of("impressions", "engagements", "favorites", "retweets",
            "quote_tweets", "replies", "video_views");
    static final List<String> SERIES_ALL = List.of("impressions", "engagements", "favorites", "retweets", "replies",
            "video_views", "media_views", "media_engagements", "url_clicks", "hashtag_clicks", "detail_expands",
            "permalink_clicks", "app_install_attempts", "app_opens", "email_tweet", "user_follows",
            "user_profile_clicks");

    @Test
    void allSevenTotalsMetricsAndAllSeventeenSeriesMetrics() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(5)), f::owned);
            RawHttp.Response t = f.post("totals", body(List.of(id), TOTALS_ALL, grouping("g", "tweet.id", "engagement.type")));
            assertEquals(200, t.status(), t.body());
            JsonObject per = json(t).getAsJsonObject("g").getAsJsonObject(Long.toString(id));
            assertEquals(7, per.size());
            for (String m : TOTALS_ALL) {
                assertEquals(Long.toString(f.data.lifetimeTotal(id, Metric.fromWireName(m))), per.get(m).getAsString(), m);
            }
            for (String e : List.of("28hr", "historical")) {
                RawHttp.Response s = f.post(e, body(List.of(id), SERIES_ALL, grouping("g", "tweet.id", "engagement.type")));
                assertEquals(200, s.status(), s.body());
                assertEquals(17, json(s).getAsJsonObject("g").getAsJsonObject(Long.toString(id)).size());
            }
        }
    }

    @Test
    void metricsNotServedByTheEndpointOrUnknownAre400() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(5)), f::owned);
            assertEquals(400, f.post("totals", body(List.of(id), List.of("url_clicks"), grouping("g", "engagement.type"))).status());
            assertEquals(400, f.post("28hr", body(List.of(id), List.of("quote_tweets"), grouping("g", "engagement.type"))).status());
            assertEquals(400, f.post("historical", body(List.of(id), List.of("quote_tweets"), grouping("g", "engagement.type"))).status());
            assertEquals(400, f.post("totals", body(List.of(id), List.of("likes"), grouping("g", "engagement.type"))).status());
            assertEquals(400, f.post("totals", body(List.of(id), List.of("Favorites"), grouping("g", "engagement.type"))).status());
            assertEquals(400, f.post("totals", body(List.of(id), List.of("media_clicks"), grouping("g", "engagement.type"))).status());
        }
    }

    @Test
    void mediaClicksIsAnsweredWithMediaEngagementsUnderItsOwnName() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofHours(20)), x -> f.owned(x)
                    && f.data.sum(x, Metric.MEDIA_ENGAGEMENTS, TimeRules.window28hr(f.now()), f.now()) > 0);
            RawHttp.Response r = f.post("28hr", body(List.of(id), List.of("media_clicks", "media_engagements"),
                    grouping("g", "tweet.id", "engagement.type")));
            assertEquals(200, r.status(), r.body());
            JsonObject per = json(r).getAsJsonObject("g").getAsJsonObject(Long.toString(id));
            assertEquals(per.get("media_engagements").getAsString(), per.get("media_clicks").getAsString());
            assertTrue(per.get("media_clicks").getAsLong() > 0);
        }
        try (SandboxFixture f = SandboxFixture.start(b -> b.acceptMediaClicks(false))) {
            long id = f.id(f.now().minus(Duration.ofHours(20)), f::owned);
            RawHttp.Response r = f.post("28hr", body(List.of(id), List.of("media_clicks"), grouping("g", "engagement.type")));
            assertEquals(400, r.status());
            assertTrue(errors(r).get(0).contains("media_clicks"));
        }
    }

    @Test
    void ninetyDayRuleOnTotalsOnly() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long young = f.id(f.now().minus(Duration.ofDays(89)), f::owned);
            long old = f.id(f.now().minus(Duration.ofDays(91)), f::owned);
            RawHttp.Response r = f.post("totals", body(List.of(young, old), List.of("impressions", "engagements", "favorites"),
                    grouping("g", "tweet.id", "engagement.type")));
            assertEquals(200, r.status());
            JsonObject o = json(r);
            assertEquals(List.of(ApiMessages.impressionsTooOld(90)), strings(o, "errors"));
            assertEquals("Impressions & engagements for tweets older than 90 days (90 days) are not supported",
                    strings(o, "errors").get(0));
            assertEquals(List.of(Long.toString(old)), strings(o, "unsupported_for_impressions_engagements_tweet_ids"));
            JsonObject oldVals = o.getAsJsonObject("g").getAsJsonObject(Long.toString(old));
            assertEquals("0", oldVals.get("impressions").getAsString());
            assertEquals("0", oldVals.get("engagements").getAsString());
            assertEquals(Long.toString(f.data.lifetimeTotal(old, Metric.FAVORITES)), oldVals.get("favorites").getAsString());
            JsonObject youngVals = o.getAsJsonObject("g").getAsJsonObject(Long.toString(young));
            assertEquals(Long.toString(f.data.lifetimeTotal(young, Metric.IMPRESSIONS)), youngVals.get("impressions").getAsString());
            // Without impressions/engagements: no error.
            RawHttp.Response pub = f.post("totals", body(List.of(old), List.of("favorites"), grouping("g", "tweet.id")));
            assertFalse(json(pub).has("errors"));
            // Not on /historical.
            RawHttp.Response h = f.post("historical", body(List.of(old), List.of("impressions"),
                    grouping("g", "tweet.id", "engagement.type")));
            assertFalse(json(h).has("errors"));
            assertFalse(json(h).has("unsupported_for_impressions_engagements_tweet_ids"));
        }
    }

    @Test
    void videoViewsRuleOn1800DaysOnEveryEndpoint() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long ancient = f.id(f.now().minus(Duration.ofDays(1801)), x -> f.owned(x) && f.data.hasVideo(x));
            long recent = f.id(f.now().minus(Duration.ofHours(10)), x -> f.owned(x) && f.data.hasVideo(x));
            for (String e : List.of("totals", "28hr", "historical")) {
                RawHttp.Response r = f.post(e, body(List.of(ancient, recent), List.of("video_views", "favorites"),
                        grouping("g", "tweet.id", "engagement.type")));
                assertEquals(200, r.status(), r.body());
                JsonObject o = json(r);
                assertEquals(List.of(Long.toString(ancient)), strings(o, "unsupported_for_video_views_tweet_ids"), e);
                assertFalse(o.has("errors"));
                assertEquals("0", o.getAsJsonObject("g").getAsJsonObject(Long.toString(ancient)).get("video_views").getAsString());
                assertTrue(o.getAsJsonObject("g").getAsJsonObject(Long.toString(recent)).get("video_views").getAsLong() > 0, e);
            }
            RawHttp.Response noVideo = f.post("totals", body(List.of(ancient), List.of("favorites"), grouping("g", "tweet.id")));
            assertFalse(json(noVideo).has("unsupported_for_video_views_tweet_ids"));
        }
    }

    @Test
    void favoritesRepliesRetweetsReadZeroBefore20150915() {
        // A clock in 2015 makes such a historical window legal.
        try (SandboxFixture f = SandboxFixture.start(b -> b)) {
            f.clock.set(java.time.Instant.parse("2015-10-01T00:00:00Z"));
            long id = f.id(java.time.Instant.parse("2015-09-10T00:00:00Z"), x -> f.owned(x)
                    && f.data.lifetimeTotal(x, Metric.FAVORITES) > 3);
            RawHttp.Response r = f.post("historical", body(List.of(id), List.of("favorites", "impressions"),
                    grouping("g", "engagement.type"), "2015-09-10", "2015-09-15"));
            assertEquals(200, r.status(), r.body());
            assertEquals("0", json(r).getAsJsonObject("g").get("favorites").getAsString());
            assertTrue(json(r).getAsJsonObject("g").get("impressions").getAsLong() > 0);
            RawHttp.Response after = f.post("historical", body(List.of(id), List.of("favorites"),
                    grouping("g", "engagement.type"), "2015-09-15", "2015-09-30"));
            assertEquals(f.data.sum(id, Metric.FAVORITES, new dev.engagement.api.TimeWindow(TimeRules.SOCIAL_METRICS_START,
                    java.time.Instant.parse("2015-09-30T00:00:00Z")), f.now()),
                    json(after).getAsJsonObject("g").get("favorites").getAsLong());
        }
    }

    @Test
    void appOnlyGetsPublicMetricsOnTotalsForAnyPublicTweet() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long mine = f.id(f.now().minus(Duration.ofDays(5)), f::owned);
            long theirs = f.id(f.now().minus(Duration.ofDays(5)), f::foreign);
            List<String> pub = List.of("favorites", "retweets", "quote_tweets", "replies", "video_views");
            for (Auth a : List.of(Auth.BEARER, Auth.APP_OAUTH)) {
                RawHttp.Response r = f.post(a, "totals", body(List.of(mine, theirs), pub,
                        grouping("perTweetMetricsUnowned", "tweet.id", "engagement.type")));
                assertEquals(200, r.status(), r.body());
                assertEquals(2, json(r).getAsJsonObject("perTweetMetricsUnowned").size());
                RawHttp.Response priv = f.post(a, "totals", body(List.of(mine), List.of("favorites", "impressions", "engagements"),
                        grouping("g", "tweet.id")));
                assertEquals(403, priv.status());
                assertEquals(List.of("Forbidden to access metrics: impressions, engagements"), errors(priv));
                for (String e : List.of("28hr", "historical")) {
                    RawHttp.Response s = f.post(a, e, body(List.of(mine), List.of("favorites", "url_clicks"),
                            grouping("g", "tweet.id")));
                    assertEquals(403, s.status());
                    assertEquals(List.of("Forbidden to access metrics: favorites, url_clicks"), errors(s));
                }
            }
        }
    }
}
