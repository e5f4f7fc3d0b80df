package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code engagement report} end to end: the 300 sample Tweets over 28 days, hourly, all metrics,
 * fetched from the sandbox into a JSON result and a journal, each rendered as a report whose
 * numbers are the result's and whose file stays small and self-contained.
 */
class ReportCommandTest {
    static final String HOURLY = "hourly=tweet.id,engagement.type,engagement.day,engagement.hour";
    static final String BY_HOUR = "by_hour=engagement.type,engagement.hour";
    static final String DAILY = "daily=engagement.type,engagement.day";

    @TempDir
    static Path dir;
    static Path json;
    static Path journal;
    static String fromJson;
    static String fromJournal;

    @BeforeAll
    static void fetchAndRender() throws IOException {
        json = dir.resolve("28d.json");
        journal = dir.resolve("28d.journal");
        Cli.Result fetch = new Cli().run("historical", "--sandbox", "-q", "--start", "28d", "-g", HOURLY, "-g", BY_HOUR,
                "-g", DAILY, "--top", "10", "-f", "json", "-o", json.toString(), "--journal", journal.toString(),
                "samples/tweet-ids.txt");
        assertEquals(0, fetch.exitCode(), fetch.toString());
        fromJson = render(json, "from-json.html");
        fromJournal = render(journal, "from-journal.html");
    }

    static String render(Path input, String name) throws IOException {
        Path html = dir.resolve(name);
        Cli.Result r = new Cli().run("report", input.toString(), "-o", html.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.out(), "the report goes to its file, nothing to stdout");
        assertTrue(r.err().contains("Wrote " + html), r.err());
        return Files.readString(html, StandardCharsets.UTF_8);
    }

    @Test
    void theReportOfThreeHundredTweetsOver28DaysHourlyStaysUnderOneMegabyte() throws IOException {
        assertTrue(Files.size(json) > 10_000_000, "the input is large: " + Files.size(json));
        for (String html : List.of(fromJson, fromJournal)) {
            int bytes = html.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes < 1_000_000, "report of " + bytes + " bytes");
        }
    }

    @Test
    void itIsSelfContainedAndLinksOnlyToTweets() {
        for (String html : List.of(fromJson, fromJournal)) {
            assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<img")
                    || html.contains("@import") || html.contains("url("), "nothing loaded from elsewhere");
            Matcher m = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
            int links = 0;
            while (m.find()) {
                assertTrue(m.group(1).matches("https://x\\.com/i/status/\\d+"), m.group(1));
                links++;
            }
            assertTrue(links >= 17 * 10, "Top-10 links for every metric: " + links);
            assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        }
    }

    @Test
    void aJournalAndItsJsonResultGiveTheSameTablesAndCharts() {
        assertEquals(tablesAndCharts(fromJson), tablesAndCharts(fromJournal));
        assertTrue(fromJournal.contains("<dt>Endpoint</dt><dd>historical</dd>"), "the journal names its endpoint");
        assertTrue(fromJson.contains("<dt>Endpoint</dt><dd>historical</dd>"), "windows in the JSON say historical");
        assertTrue(fromJson.contains("<dt>Tweet IDs</dt><dd>300</dd>") && fromJournal.contains("<dt>Tweet IDs</dt><dd>300</dd>"));
    }

    private static String tablesAndCharts(String html) {
        return html.substring(html.indexOf("</dl>"));
    }

    @Test
    void numbersInTheTablesAreTheJsonResults() throws IOException {
        JsonObject doc;
        try (Reader r = Files.newBufferedReader(json)) {
            doc = JsonParser.parseReader(r).getAsJsonObject();
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, TreeMap<String, Long>> perHour = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> tweet : doc.getAsJsonObject("hourly").entrySet()) {
            for (Map.Entry<String, JsonElement> metric : tweet.getValue().getAsJsonObject().entrySet()) {
                for (Map.Entry<String, JsonElement> day : metric.getValue().getAsJsonObject().entrySet()) {
                    for (Map.Entry<String, JsonElement> hour : day.getValue().getAsJsonObject().entrySet()) {
                        long v = hour.getValue().getAsLong();
                        totals.merge(metric.getKey(), v, Long::sum);
                        perHour.computeIfAbsent(metric.getKey(), k -> new TreeMap<>())
                                .merge(day.getKey() + " " + hour.getKey() + ":00", v, Long::sum);
                    }
                }
            }
        }
        assertEquals(17, totals.size());
        List<List<String>> totalsTable = table(fromJson, "Totals per metric");
        assertEquals(totals.size(), totalsTable.size());
        for (List<String> row : totalsTable) {
            assertEquals(number(totals.get(row.get(0))), row.get(1), row.get(0));
        }
        for (String metric : List.of("impressions", "favorites", "user_follows")) {
            List<List<String>> rows = table(fromJson, metric + " per hour, all Tweets");
            assertEquals(perHour.get(metric).size(), rows.size(), metric);
            int i = 0;
            for (Map.Entry<String, Long> e : perHour.get(metric).entrySet()) {
                assertEquals(List.of(e.getKey(), number(e.getValue())), rows.get(i++), metric);
            }
            List<List<String>> top = table(fromJson, "Top 10 by " + metric);
            int rank = 0;
            for (JsonElement e : doc.getAsJsonObject("top_tweets").getAsJsonArray(metric)) {
                JsonObject o = e.getAsJsonObject();
                assertEquals(List.of(Integer.toString(rank + 1), o.get("tweet_id").getAsString(),
                        number(o.get("count").getAsLong())), top.get(rank++));
            }
            List<List<String>> bars = table(fromJson, metric + " by hour of the day (UTC), summed over the days");
            for (Map.Entry<String, JsonElement> hour : doc.getAsJsonObject("by_hour").getAsJsonObject(metric).entrySet()) {
                assertTrue(bars.contains(List.of(hour.getKey() + ":00", number(hour.getValue().getAsLong()))),
                        metric + " " + hour);
            }
            List<List<String>> daily = table(fromJson, metric + " per day");
            for (Map.Entry<String, JsonElement> day : doc.getAsJsonObject("daily").getAsJsonObject(metric).entrySet()) {
                assertTrue(daily.contains(List.of(day.getKey(), number(day.getValue().getAsLong()))), metric + " " + day);
            }
        }
        assertTrue(fromJson.contains("Top 6 Tweets by impressions, per hour"), "small multiples of the top Tweets");
    }

    /** The rows of the table whose caption is {@code caption}: cell texts, links reduced to their text. */
    static List<List<String>> table(String html, String caption) {
        int at = html.indexOf("<caption hidden>" + caption + "</caption>");
        assertTrue(at >= 0, "no table " + caption);
        String body = html.substring(html.indexOf("<tbody>", at) + 7, html.indexOf("</tbody>", at));
        List<List<String>> rows = new ArrayList<>();
        for (String tr : body.split("<tr>")) {
            if (tr.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String td : tr.split("<td>")) {
                if (!td.isEmpty()) {
                    cells.add(td.replaceAll("<[^>]+>", "").strip());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    static String number(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    @Test
    void whatIsNotAResultIsRefusedInOneSentence(@TempDir Path tmp) throws IOException {
        Path ids = tmp.resolve("ids.txt");
        Files.writeString(ids, "20\n");
        Cli.Result r = new Cli().run("report", ids.toString(), "-o", tmp.resolve("r.html").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("is not a JSON result of this tool") && !r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(tmp.resolve("r.html")), "nothing written");

        Path other = tmp.resolve("other.json");
        Files.writeString(other, "{\"data\": [1, 2]}");
        r = new Cli().run("report", other.toString(), "-o", tmp.resolve("r.html").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("has no unavailable_tweet_ids") || r.err().contains("not a JSON result"), r.err());

        r = new Cli().run("report", json.toString(), "-o", json.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("would overwrite its input"), r.err());

        r = new Cli().run("report", tmp.resolve("missing.json").toString(), "-o", tmp.resolve("r.html").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Cannot read"), r.err());
    }

    @Test
    void aTotalsResultHasTotalsAndTopTweetsButNoCurves(@TempDir Path tmp) throws IOException {
        Path totals = tmp.resolve("totals.json");
        Cli.Result r = new Cli().run("totals", "--sandbox", "-q", "-f", "json", "-o", totals.toString(),
                "samples/tweet-ids.txt");
        assertEquals(0, r.exitCode(), r.toString());
        r = new Cli().run("report", totals.toString(), "--top", "3", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), "'-o -' writes to stdout");
        assertTrue(r.out().contains("<dd>lifetime totals</dd>") && r.out().contains("<dd>totals</dd>"));
        assertTrue(r.out().contains("Top 3 by favorites") && !r.out().contains("<svg"), "no time grouping, no chart");
    }
}
