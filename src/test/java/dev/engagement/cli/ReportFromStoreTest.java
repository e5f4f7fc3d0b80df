package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.api.Metric;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code engagement report --store} end to end: three /totals runs against the sandbox at three
 * injected times, stored in a real SQLite file, with a partial snapshot beside them; the page's
 * tables hold the sandbox's sums at each snapshot and exactly the ranking {@code growth} prints.
 */
class ReportFromStoreTest {
    static final SandboxFixture fx = new SandboxFixture();
    static final List<Long> IDS = fx.ownedIds(30, Duration.ofDays(2));
    static final Instant T1 = fx.now;
    static final Instant T2 = fx.now.plus(Duration.ofHours(6));
    static final Instant T3 = fx.now.plus(Duration.ofHours(30));
    static Path dir;
    static String store;
    static Cli.Result rendered;
    static String html;

    static Cli cliAt(Instant t) {
        return new Cli().clock(Clock.fixed(t, ZoneOffset.UTC)).stdin(SandboxFixture.lines(IDS));
    }

    static void fetch(String store, Instant t) {
        Cli.Result r = cliAt(t).run("totals", "--sandbox", "-q", "-f", "csv", "-o", dir.resolve(t.getEpochSecond()
                + ".csv").toString(), "--store", store);
        assertEquals(0, r.exitCode(), r.toString());
    }

    @BeforeAll
    static void storeAndRender() throws Exception {
        dir = TestFolders.create("report-store-");
        store = dir.resolve("engagement.db").toString();
        for (Instant t : List.of(T1, T2, T3)) {
            fetch(store, t);
        }
        // A partial snapshot between them, with counts far above the others: it must not show.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO snapshots (fetched_at, endpoint, window_start, window_end, metrics, groupings, "
                    + "tweet_grouping, fingerprint, complete, tweet_ids, tool_version, stored_at) SELECT '"
                    + T2.plus(Duration.ofHours(1)) + "', endpoint, window_start, window_end, metrics, groupings, "
                    + "tweet_grouping, fingerprint, FALSE, tweet_ids, tool_version, stored_at FROM snapshots WHERE id = 3");
            s.executeUpdate("INSERT INTO counts (snapshot_id, grouping, tweet_id, tweet_id_int, engagement_type, day, "
                    + "hour, count) SELECT (SELECT MAX(id) FROM snapshots), grouping, tweet_id, tweet_id_int, "
                    + "engagement_type, day, hour, count * 1000 FROM counts WHERE snapshot_id = 3");
        }
        Path out = dir.resolve("growth.html");
        rendered = cliAt(T3).run("report", "--store", store, "-o", out.toString());
        assertEquals(0, rendered.exitCode(), rendered.toString());
        html = Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theFactsNameTheStoreThePeriodAndThePartialSnapshotLeftOut() {
        assertTrue(rendered.err().contains("Left out 1 partial snapshot"), rendered.err());
        assertTrue(rendered.err().contains("Wrote "), rendered.err());
        assertEquals("", rendered.out());
        assertTrue(html.contains("<dt>Store</dt><dd>" + store + "</dd>"), html);
        assertTrue(html.contains("<dt>Endpoint</dt><dd>totals</dd>"));
        assertTrue(html.contains("<dt>Snapshots</dt><dd>3 complete</dd>"));
        assertTrue(html.contains("<dt>First fetched</dt><dd>" + T1 + "</dd>"));
        assertTrue(html.contains("<dt>Last fetched</dt><dd>" + T3 + "</dd>"));
        assertTrue(html.contains("<dt>Period (UTC)</dt><dd>the last 1w: snapshots fetched from " + T3.minus(
                Duration.ofDays(7)) + " on</dd>"), html);
        assertTrue(html.contains("<dt>Left out</dt><dd>1 partial snapshot"));
        assertEquals(List.of(List.of(T1.toString(), "1", "30"), List.of(T2.toString(), "2", "30"),
                List.of(T3.toString(), "3", "30")), ReportCommandTest.table(html, "Complete snapshots"));
    }

    @Test
    void eachMetricsCurveIsTheSumOverTweetsAtEachSnapshot() {
        int metrics = 0;
        for (Metric m : Metric.values()) {
            String caption = m.wireName() + " across snapshots, all Tweets";
            if (!html.contains("<caption hidden>" + caption + "</caption>")) {
                continue;
            }
            metrics++;
            List<List<String>> expected = new ArrayList<>();
            for (Instant t : List.of(T1, T2, T3)) {
                long sum = 0;
                for (long id : IDS) {
                    sum += fx.data().lifetimeTotal(id, m, t);
                }
                expected.add(List.of(t.toString(), ReportCommandTest.number(sum)));
            }
            assertEquals(expected, ReportCommandTest.table(html, caption), m.wireName());
        }
        assertTrue(metrics >= 3, "a curve per metric /totals gives: " + metrics);
        assertEquals(metrics, count(html, "<svg "), "one chart per metric");
        assertEquals(metrics, count(html, "aria-describedby="), "each chart names its data table");
    }

    @Test
    void theFastestGrowingTweetsAreThoseGrowthRanks() {
        Cli.Result growth = cliAt(T3).run("growth", "--store", store, "-f", "json");
        assertEquals(0, growth.exitCode(), growth.toString());
        JsonElement parsed = JsonParser.parseString(growth.out());
        JsonArray rows = parsed.isJsonArray() ? parsed.getAsJsonArray() : parsed.getAsJsonObject().getAsJsonArray("rows");
        Map<String, List<List<String>>> expected = new LinkedHashMap<>();
        for (JsonElement e : rows) {
            JsonObject r = e.getAsJsonObject();
            expected.computeIfAbsent(r.get("metric").getAsString(), k -> new ArrayList<>()).add(List.of(
                    r.get("rank").getAsString(), r.get("tweet_id").getAsString(), r.get("first_at").getAsString(),
                    r.get("last_at").getAsString(), ReportCommandTest.number(r.get("first").getAsLong()),
                    ReportCommandTest.number(r.get("last").getAsLong()), ReportCommandTest.number(r.get("change")
                            .getAsLong()), r.get("per_day").getAsString()));
        }
        assertFalse(expected.isEmpty(), growth.toString());
        for (Map.Entry<String, List<List<String>>> m : expected.entrySet()) {
            List<List<String>> shown = ReportCommandTest.table(html, "Fastest " + m.getValue().size() + " by " + m.getKey());
            List<List<String>> plain = new ArrayList<>();
            for (List<String> row : shown) {
                List<String> r = new ArrayList<>(row);
                r.set(7, r.get(7).replace(",", ""));
                plain.add(r);
            }
            assertEquals(m.getValue(), plain, m.getKey());
            assertEquals(T1.toString(), m.getValue().get(0).get(2), "from the first complete snapshot");
            assertEquals(T3.toString(), m.getValue().get(0).get(3), "to the last: the partial one is left out");
        }
        assertTrue(html.contains("<a href=\"https://x.com/i/status/" + IDS.get(0)) || html.contains(
                "<a href=\"https://x.com/i/status/"), "Tweet links");
    }

    @Test
    void theReportIsSelfContained() {
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<img") || html.contains("url("));
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    }

    @Test
    void oneSnapshotIsRefusedWithGrowthsSentence() {
        Path other = TestFolders.create("report-store-one-");
        String one = other.resolve("one.db").toString();
        Cli.Result r = cliAt(T1).run("totals", "--sandbox", "-q", "-f", "csv", "-o", other.resolve("t.csv").toString(),
                "--store", one);
        assertEquals(0, r.exitCode(), r.toString());
        Path out = other.resolve("r.html");
        Cli.Result report = cliAt(T1).run("report", "--store", one, "-o", out.toString());
        Cli.Result growth = cliAt(T1).run("growth", "--store", one);
        assertEquals(2, report.exitCode(), report.toString());
        assertEquals(2, growth.exitCode(), growth.toString());
        String sentence = growth.err().lines().findFirst().orElseThrow();
        assertTrue(sentence.contains("one complete snapshot") && sentence.contains("needs two"), sentence);
        assertEquals(sentence, report.err().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void inputAndStoreAreOneOrTheOther() {
        Cli.Result neither = new Cli().run("report", "-o", dir.resolve("x.html").toString());
        assertEquals(2, neither.exitCode(), neither.toString());
        assertTrue(neither.err().contains("Say what to report"), neither.toString());
        Cli.Result both = new Cli().run("report", "some.json", "--store", store, "-o", dir.resolve("x.html").toString());
        assertEquals(2, both.exitCode(), both.toString());
        assertTrue(both.err().contains("either INPUT or --store, not both"), both.toString());
        Cli.Result since = new Cli().run("report", "some.json", "--since", "3d", "-o", dir.resolve("x.html").toString());
        assertEquals(2, since.exitCode(), since.toString());
        assertTrue(since.err().contains("use them with --store"), since.toString());
        Cli.Result overwrite = cliAt(T3).run("report", "--store", store, "-o", store);
        assertEquals(2, overwrite.exitCode(), overwrite.toString());
        assertTrue(overwrite.err().contains("would overwrite its input"), overwrite.toString());
        Cli.Result endpoint = cliAt(T3).run("report", "--store", store, "--endpoint", "nope", "-o", "-");
        assertEquals(2, endpoint.exitCode(), endpoint.toString());
        assertTrue(endpoint.err().contains("is not a fetch command"), endpoint.toString());
        assertFalse(Files.exists(dir.resolve("x.html")));
    }

    @Test
    void aShorterPeriodLeavesOutTheOlderSnapshots() {
        Cli.Result r = cliAt(T3).run("report", "--store", store, "--since", "1d", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("<dt>Snapshots</dt><dd>2 complete</dd>"), r.out());
        assertTrue(r.out().contains("<dt>First fetched</dt><dd>" + T2 + "</dd>"), r.out());
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
