package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline, through the real command line, over loopback HTTP against the sandbox. */
class PipelineEndToEndTest {
    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture();

    static JsonObject json(Cli.Result r) {
        assertEquals(0, r.exitCode(), r.toString());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void sixHundredUniqueIdsToTotalsTakeExactlyThreeRequests() {
        List<Long> ids = fx.ownedIds(600, Duration.ofDays(20));
        List<Long> withDuplicates = new ArrayList<>(ids);
        withDuplicates.addAll(ids.subList(0, 50));
        long before = fx.sandbox.requestsHandled();
        JsonObject doc = json(fx.cli().stdin(SandboxFixture.lines(withDuplicates)).run("totals", "-f", "json"));
        assertEquals(3, fx.sandbox.requestsHandled() - before);
        JsonObject byTweet = doc.getAsJsonObject("by_tweet");
        assertEquals(600, byTweet.size());
        for (long id : ids.subList(0, 40)) {
            JsonObject t = byTweet.getAsJsonObject(Long.toString(id));
            for (Metric m : List.of(Metric.FAVORITES, Metric.RETWEETS, Metric.IMPRESSIONS, Metric.VIDEO_VIEWS)) {
                assertEquals(fx.data().lifetimeTotal(id, m, fx.now), t.get(m.wireName()).getAsLong(), id + " " + m);
            }
        }
        for (String list : List.of("unavailable_tweet_ids", "unsupported_for_video_views_tweet_ids",
                "unsupported_for_impressions_engagements_tweet_ids", "forbidden_tweet_ids", "failed_tweet_ids")) {
            assertTrue(doc.get(list).isJsonArray(), list);
        }
        assertFalse(doc.has("start"));
    }

    /** Output as comparable values: JSON trees (key order aside), or the set of CSV lines. */
    private static Object documents(String format, String out) {
        return switch (format) {
            case "json" -> JsonParser.parseString(out);
            case "jsonl" -> out.lines().map(JsonParser::parseString).collect(java.util.stream.Collectors.toSet());
            default -> new java.util.HashSet<>(out.lines().toList());
        };
    }

    /**
     * An API that answers hour-of-day groupings with a day level above the hours (spec 4.4 E1): the
     * client folds the days, so every format, the journal's copy included, holds what the plain layout gives.
     * The journal must not keep the response's text of the unfolded tree.
     */
    @Test
    void hourOfDayWithADayLevelAboveGivesTheSameOutputInEveryFormat() {
        try (SandboxFixture e1 = new SandboxFixture(dev.engagement.sandbox.SandboxConfig.builder()
                .hourLayout(dev.engagement.sandbox.SandboxConfig.HourLayout.DAY_THEN_HOUR), fx.now)) {
            List<Long> ids = fx.ownedIds(40, Duration.ofHours(20));
            for (String format : new String[] {"json", "jsonl", "csv"}) {
                String[] args = {"28hr", "-f", format, "-m", "impressions,favorites",
                    "-g", "hours=tweet.id,engagement.type,engagement.hour", "-g", "all=engagement.type,engagement.hour"};
                Cli.Result plain = fx.cli().stdin(SandboxFixture.lines(ids)).run(args);
                Cli.Result folded = e1.cli().stdin(SandboxFixture.lines(ids)).run(args);
                assertEquals(0, plain.exitCode(), plain.toString());
                assertEquals(0, folded.exitCode(), folded.toString());
                // The same document; hours may come in another order (summed day by day), which JSON does not mind.
                assertEquals(documents(format, plain.out()), documents(format, folded.out()), format);
            }
        }
    }

    @Test
    void hours28FourKeyGroupingMergesExactlyAcrossBatches() {
        List<Long> ids = fx.ownedIds(60, Duration.ofHours(20));
        Cli.Result r = fx.cli().stdin(SandboxFixture.lines(ids)).run("28hr", "-f", "json",
                "-m", "impressions,favorites,url_clicks",
                "-g", "hourly=tweet.id,engagement.type,engagement.day,engagement.hour",
                "-g", "overall=engagement.type,engagement.day,engagement.hour");
        JsonObject doc = json(r);
        TimeWindow w = TimeRules.window28hr(fx.now);
        assertEquals(TimeRules.formatWire(w.start()), doc.get("start").getAsString());
        assertEquals(TimeRules.formatWire(w.end()), doc.get("end").getAsString());
        JsonObject hourly = doc.getAsJsonObject("hourly");
        JsonObject overall = doc.getAsJsonObject("overall");
        assertEquals(60, hourly.size());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH").withZone(ZoneOffset.UTC);
        for (Metric m : List.of(Metric.IMPRESSIONS, Metric.FAVORITES, Metric.URL_CLICKS)) {
            for (Instant h = w.start(); h.isBefore(w.end()); h = h.plus(Duration.ofHours(1))) {
                long sum = 0;
                for (long id : ids) {
                    long expected = fx.data().count(id, m, h, fx.now);
                    sum += expected;
                    assertEquals(expected, hourly.getAsJsonObject(Long.toString(id)).getAsJsonObject(m.wireName())
                            .getAsJsonObject(day.format(h)).get(hour.format(h)).getAsLong());
                }
                assertEquals(sum, overall.getAsJsonObject(m.wireName()).getAsJsonObject(day.format(h))
                        .get(hour.format(h)).getAsLong(), m + " " + h);
            }
        }
    }

    @Test
    void historicalSumsEachTweetOverTheWindow() {
        List<Long> ids = fx.ownedIds(30, Duration.ofDays(12));
        Instant start = TimeRules.floorHour(fx.now.minus(Duration.ofDays(10)));
        Instant end = TimeRules.floorHour(fx.now.minus(Duration.ofDays(1)));
        JsonObject doc = json(fx.cli().stdin(SandboxFixture.lines(ids)).run("historical", "-f", "json",
                "--start", TimeRules.formatWire(start), "--end", TimeRules.formatWire(end), "-m", "engagements,replies"));
        assertEquals(TimeRules.formatWire(start), doc.get("start").getAsString());
        TimeWindow w = new TimeWindow(start, end);
        for (long id : ids) {
            JsonObject t = doc.getAsJsonObject("by_tweet").getAsJsonObject(Long.toString(id));
            assertEquals(fx.data().sum(id, Metric.ENGAGEMENTS, w, fx.now), t.get("engagements").getAsLong());
            assertEquals(fx.data().sum(id, Metric.REPLIES, w, fx.now), t.get("replies").getAsLong());
        }
    }

    @Test
    void unownedTweetsAreRemovedAndTheRestFetched() {
        List<Long> owned = fx.ownedIds(40, Duration.ofDays(3));
        List<Long> unowned = fx.unownedIds(5, Duration.ofDays(3));
        List<Long> all = new ArrayList<>(owned);
        all.addAll(unowned);
        Cli.Result r = fx.cli().stdin(SandboxFixture.lines(all)).run("28hr", "-f", "json", "-m", "impressions");
        JsonObject doc = json(r);
        assertEquals(40, doc.getAsJsonObject("by_tweet").size());
        List<String> forbidden = new ArrayList<>();
        doc.getAsJsonArray("forbidden_tweet_ids").forEach(e -> forbidden.add(e.getAsString()));
        assertEquals(unowned.stream().map(String::valueOf).sorted().toList(), forbidden.stream().sorted().toList());
        assertTrue(r.err().contains("5 Tweet IDs are not owned"), r.err());
    }

    @Test
    void csvAndTableFormats(@TempDir Path dir) throws Exception {
        List<Long> ids = fx.ownedIds(5, Duration.ofDays(3));
        Path csv = dir.resolve("out.csv");
        Cli.Result r = fx.cli().stdin(SandboxFixture.lines(ids)).run("totals", "-f", "csv", "-o", csv.toString(),
                "-m", "favorites,retweets");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("grouping,tweet_id,engagement_type,day,hour,count", lines.get(0));
        assertEquals(11, lines.size());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
        Cli.Result table = fx.cli().stdin(SandboxFixture.lines(ids)).run("totals", "-f", "table", "-m", "favorites");
        assertTrue(table.out().contains("Total"), table.out());
    }

    @Test
    void usageErrorsAreOneSentenceAndExitTwoWithoutRequests() {
        long before = fx.sandbox.requestsHandled();
        for (String[] args : List.of(
                new String[] {"totals", "-m", "likes"},
                new String[] {"totals", "-m", "url_clicks"},
                new String[] {"totals", "-g", "g=tweet.id,engagement.hour"},
                new String[] {"28hr", "-g", "a=tweet.id", "-g", "b=tweet.id", "-g", "c=tweet.id", "-g", "d=tweet.id"},
                new String[] {"28hr", "-g", "h=engagement.day,tweet.id,engagement.type,engagement.hour"},
                new String[] {"totals", "--bogus"},
                new String[] {"historical", "--start", "yesterday-ish"})) {
            Cli.Result r = fx.cli().stdin("1\n").run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + "\n" + r);
            assertTrue(r.err().startsWith("error: "), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertEquals("", r.out());
        }
        assertEquals(before, fx.sandbox.requestsHandled());
    }

    @Test
    void badInputLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ids.txt");
        Files.writeString(f, "20\nnot-an-id\n");
        Cli.Result r = fx.cli().run("totals", f.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("ids.txt:2"), r.err());
    }

    @Test
    void noFileAndStdinOnATerminalPrintsUsage() {
        Cli.Result r = fx.cli().terminals(true, false, false).run("totals");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Usage:"), r.err());
    }

    @Test
    void bearerOnlyCannotUse28hrAndNothingIsSent() {
        long before = fx.sandbox.requestsHandled();
        Cli.Result r = new Cli().env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString())
                .env("ENGAGEMENT_BEARER_TOKEN", fx.sandbox.credentials().bearerToken()).stdin("20\n").run("28hr");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains("user context"), r.err());
        assertEquals(before, fx.sandbox.requestsHandled());
    }

    @Test
    void bearerOnlyGetsPublicTotals() {
        List<Long> ids = fx.ownedIds(3, Duration.ofDays(3));
        ids = new ArrayList<>(ids);
        ids.addAll(fx.unownedIds(2, Duration.ofDays(3)));
        Cli.Result r = new Cli().clock(fx.clock).env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString())
                .env("ENGAGEMENT_BEARER_TOKEN", fx.sandbox.credentials().bearerToken())
                .stdin(SandboxFixture.lines(ids)).run("totals", "-f", "json");
        JsonObject doc = json(r);
        assertEquals(5, doc.getAsJsonObject("by_tweet").size());
        for (Map.Entry<String, JsonElement> t : doc.getAsJsonObject("by_tweet").entrySet()) {
            assertFalse(t.getValue().getAsJsonObject().has("impressions"));
        }
    }

    @Test
    void inProcessSandboxNeedsNoCredentials() {
        Cli.Result r = new Cli().stdin("1790000000000000000\n").run("totals", "--sandbox", "-f", "json", "-q");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.err());
    }
}
