package dev.engagement.output;

import dev.engagement.cli.SandboxFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.cli.Cli;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.engagement.merge.TopTweets;

/** --top through the command line: where its counts come from, and the options that go with it. */
class TopTweetsCliTest {
    static SandboxFixture fx;
    static String ids;
    static final String METRICS = "impressions,favorites,replies,url_clicks";

    @BeforeAll
    static void start() {
        fx = FixedSandbox.start();
        ids = FixedSandbox.lines(fx.ownedIds(40, Duration.ofHours(22)));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static JsonObject json(String... args) {
        Cli.Result r = fx.cli().stdin(ids).run(args);
        assertEquals(0, r.exitCode(), r.toString());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    /** Every Tweet's count per metric from a by-Tweet run, ranked the slow way. */
    static Map<String, List<TopTweets.Entry>> bruteForce(int n) {
        JsonObject byTweet = json("28hr", "-f", "json", "-m", METRICS).getAsJsonObject("by_tweet");
        Map<String, List<TopTweets.Entry>> all = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> t : byTweet.entrySet()) {
            for (Map.Entry<String, JsonElement> m : t.getValue().getAsJsonObject().entrySet()) {
                all.computeIfAbsent(m.getKey(), k -> new ArrayList<>())
                        .add(new TopTweets.Entry(Long.parseLong(t.getKey()), m.getValue().getAsLong()));
            }
        }
        all.values().forEach(l -> l.sort(TopTweets.RANKING));
        all.replaceAll((k, l) -> l.subList(0, n));
        return all;
    }

    static Map<String, List<TopTweets.Entry>> topOf(JsonObject doc) {
        Map<String, List<TopTweets.Entry>> top = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> m : doc.getAsJsonObject("top_tweets").entrySet()) {
            List<TopTweets.Entry> entries = new ArrayList<>();
            for (JsonElement e : m.getValue().getAsJsonArray()) {
                JsonObject o = e.getAsJsonObject();
                assertTrue(o.get("tweet_id").getAsJsonPrimitive().isString(), "IDs are strings: " + o);
                assertTrue(o.get("count").getAsJsonPrimitive().isNumber(), "counts are numbers: " + o);
                entries.add(new TopTweets.Entry(Long.parseLong(o.get("tweet_id").getAsString()), o.get("count").getAsLong()));
            }
            top.put(m.getKey(), entries);
        }
        return top;
    }

    @Test
    void withoutATweetGroupingAHiddenOneFeedsTheRankingIncludingTies() {
        JsonObject doc = json("28hr", "-f", "json", "-m", METRICS, "--top", "30",
                "-g", "hourly=engagement.type,engagement.day,engagement.hour");
        assertEquals(List.of("start", "end", "hourly", "unavailable_tweet_ids", "unsupported_for_video_views_tweet_ids",
                "unsupported_for_impressions_engagements_tweet_ids", "forbidden_tweet_ids", "failed_tweet_ids",
                "out_of_range_tweet_ids", "top_tweets"), new ArrayList<>(doc.keySet()), "the internal grouping is not written");
        Map<String, List<TopTweets.Entry>> expected = bruteForce(30);
        assertEquals(expected, topOf(doc));
        assertEquals(List.of("impressions", "favorites", "replies", "url_clicks"), new ArrayList<>(topOf(doc).keySet()),
                "metrics in request order");
        List<TopTweets.Entry> replies = expected.get("replies");
        assertTrue(replies.stream().map(TopTweets.Entry::count).distinct().count() < replies.size() - 5,
                "the data has ties to break: " + replies);
    }

    @Test
    void aTypeThenTweetGroupingOfTheUserFeedsTheRanking() {
        JsonObject doc = json("28hr", "-f", "json", "-m", METRICS, "--top", "5",
                "-g", "per_type=engagement.type,tweet.id,engagement.hour");
        assertEquals(bruteForce(5), topOf(doc));
        assertEquals(40, doc.getAsJsonObject("per_type").getAsJsonObject("impressions").size());
    }

    @Test
    void threeGroupingsWithoutTweetAndTypeAreAUsageErrorBeforeAnyRequest() {
        long before = fx.sandbox.requestsHandled();
        Cli.Result r = fx.cli().stdin(ids).run("28hr", "--top", "3", "-g", "a=engagement.type", "-g",
                "b=engagement.type,engagement.day", "-g", "c=tweet.id,engagement.day");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--top needs a grouping with tweet.id and engagement.type"), r.err());
        assertEquals("", r.out());
        assertEquals(before, fx.sandbox.requestsHandled());
    }

    @Test
    void twoGroupingsWithoutTweetAndTypeStillWork() {
        JsonObject doc = json("28hr", "-f", "json", "-m", METRICS, "--top", "2", "-g", "a=engagement.type",
                "-g", "b=tweet.id,engagement.day");
        assertEquals(bruteForce(2), topOf(doc));
        assertFalse(doc.has(FetchRunnerNames.TOP_GROUPING));
    }

    @Test
    void optionMistakesAreUsageErrors() {
        long before = fx.sandbox.requestsHandled();
        for (String[] args : List.of(
                new String[] {"totals", "--top", "0"},
                new String[] {"totals", "--top-output", "top.csv"},
                new String[] {"totals", "--top", "3", "--top-output", "/no/such/folder/top.csv"},
                new String[] {"totals", "--top", "3", "--top-output", "same.csv", "-o", "same.csv"},
                new String[] {"totals", "--wide", "-f", "json"},
                new String[] {"totals", "--pretty", "--compact"})) {
            Cli.Result r = fx.cli().stdin(ids).run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + "\n" + r);
            assertTrue(r.err().startsWith("error: "), r.err());
            assertEquals("", r.out());
        }
        assertEquals(before, fx.sandbox.requestsHandled());
    }

    /** The internal grouping's name, as FetchRunner spells it (package-private there). */
    static final class FetchRunnerNames {
        static final String TOP_GROUPING = "top_tweets_source";
    }
}
