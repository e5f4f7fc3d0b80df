package dev.engagement.output;

import dev.engagement.cli.SandboxFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.cli.Cli;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV layouts against the JSON document and against each other, over several batches. */
class CsvConsistencyTest {
    static SandboxFixture fx;
    static String ids;
    static final String[] RUN = {"28hr", "-m", "impressions,favorites,url_clicks", "--top", "4",
            "-g", "hourly=tweet.id,engagement.type,engagement.day,engagement.hour",
            "-g", "hour_of_day=engagement.type,engagement.hour",
            "-g", "daily_all_types=tweet.id,engagement.day"};
    static final Map<String, List<GroupKey>> GROUPINGS = Map.of(
            "hourly", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY, GroupKey.ENGAGEMENT_HOUR),
            "hour_of_day", List.of(GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_HOUR),
            "daily_all_types", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_DAY));

    @BeforeAll
    static void start() {
        fx = FixedSandbox.start();
        ids = FixedSandbox.lines(fx.ownedIds(60, Duration.ofHours(22)));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static String run(String... more) {
        List<String> args = new ArrayList<>(List.of(RUN));
        args.addAll(List.of(more));
        Cli.Result r = fx.cli().stdin(ids).run(args.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r.toString());
        return r.out();
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void everyTidyRowIsAJsonCountAndTheTotalsAgree() throws IOException {
        JsonObject doc = JsonParser.parseString(run("-f", "json")).getAsJsonObject();
        List<CSVRecord> rows = parse(run("-f", "csv"));
        Map<String, Long> csvTotals = new LinkedHashMap<>();
        Map<String, Integer> csvRows = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            String grouping = row.get("grouping");
            if (grouping.startsWith("top:")) {
                continue;
            }
            JsonElement node = doc.get(grouping);
            for (GroupKey k : GROUPINGS.get(grouping)) {
                node = node.getAsJsonObject().get(row.get(k == GroupKey.ENGAGEMENT_TYPE ? "engagement_type"
                        : MetricPivot.columnName(k)));
            }
            long count = Long.parseLong(row.get("count"));
            assertEquals(node.getAsLong(), count, row.toString());
            csvTotals.merge(grouping + "/" + row.get("engagement_type"), count, Long::sum);
            csvRows.merge(grouping, 1, Integer::sum);
        }
        Map<String, Long> jsonTotals = new LinkedHashMap<>();
        Map<String, Integer> jsonLeaves = new LinkedHashMap<>();
        for (Map.Entry<String, List<GroupKey>> g : GROUPINGS.entrySet()) {
            int typeAt = g.getValue().indexOf(GroupKey.ENGAGEMENT_TYPE);
            sumLeaves(doc.get(g.getKey()), 0, typeAt, "", (type, v) -> {
                jsonTotals.merge(g.getKey() + "/" + type, v, Long::sum);
                jsonLeaves.merge(g.getKey(), 1, Integer::sum);
            });
        }
        assertEquals(jsonLeaves, csvRows);
        assertEquals(jsonTotals, csvTotals);
        assertEquals(60 * 3 * 29, csvRows.get("hourly"), "60 Tweets x 3 metrics x 29 hours");
    }

    interface LeafSink {
        void accept(String type, long value);
    }

    private static void sumLeaves(JsonElement node, int level, int typeAt, String type, LeafSink sink) {
        if (node.isJsonPrimitive()) {
            sink.accept(type, node.getAsLong());
            return;
        }
        for (Map.Entry<String, JsonElement> e : node.getAsJsonObject().entrySet()) {
            sumLeaves(e.getValue(), level + 1, typeAt, level == typeAt ? e.getKey() : type, sink);
        }
    }

    @Test
    void wideIsTidyPivotedRowForRowInTheSameOrder() throws IOException {
        String wide = run("--wide");
        assertTrue(wide.startsWith("grouping,tweet_id,day,hour,impressions,favorites,url_clicks,count\r\n"), wide);
        Map<List<String>, Map<String, String>> fromTidy = new LinkedHashMap<>();
        for (CSVRecord row : parse(run("-f", "csv"))) {
            String type = row.get("engagement_type");
            String column = type.isEmpty() ? MetricPivot.COUNT : type;
            fromTidy.computeIfAbsent(List.of(row.get("grouping"), row.get("tweet_id"), row.get("day"), row.get("hour")),
                    k -> new LinkedHashMap<>()).put(column, row.get("count"));
        }
        Map<List<String>, Map<String, String>> fromWide = new LinkedHashMap<>();
        for (CSVRecord row : parse(wide)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : List.of("impressions", "favorites", "url_clicks", "count")) {
                if (!row.get(column).isEmpty()) {
                    values.put(column, row.get(column));
                }
            }
            List<String> key = List.of(row.get("grouping"), row.get("tweet_id"), row.get("day"), row.get("hour"));
            assertEquals(null, fromWide.put(key, values), "one wide row per key: " + key);
        }
        assertEquals(new ArrayList<>(fromTidy.keySet()), new ArrayList<>(fromWide.keySet()));
        assertEquals(fromTidy, fromWide);
    }

    @Test
    void bothLayoutsWriteRowsBeforeTheRunEnds() throws IOException {
        Grouping g = new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));
        for (boolean wide : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultWriter writer = wide ? new WideCsvResultWriter(out, List.of(g), List.of("impressions", "favorites"))
                    : new CsvResultWriter(out, List.of(g), List.of("impressions", "favorites"));
            for (int batch = 0; batch < 40; batch++) {
                CountTree counts = new CountTree();
                for (int t = 0; t < 25; t++) {
                    String id = Long.toString(1_800_000_000_000_000_000L + batch * 100L + t);
                    counts.add(new String[] {id, "impressions"}, 1000 + t);
                    counts.add(new String[] {id, "favorites"}, t);
                }
                writer.tweetCounts(g, counts);
            }
            int before = out.size();
            assertTrue(before > 0, "rows reach the stream as batches arrive (wide " + wide + ")");
            writer.finish(new RunResult(null, null, List.of(), Map.of(), new IdLists(), false), null);
            assertEquals(wide ? 1 + 1000 : 1 + 2000, out.toString().split("\r\n").length);
        }
    }

    @Test
    void wideMatchesTheLegacyAliasAndRefusesAnUnaskedMetric() {
        Grouping g = new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));
        MetricPivot pivot = new MetricPivot(g, List.of("media_clicks", "favorites"));
        CountTree counts = new CountTree();
        counts.add(new String[] {"1", "media_engagements"}, 7);
        counts.add(new String[] {"1", "favorites"}, 2);
        MetricPivot.Row row = pivot.rows(counts).get(0);
        assertEquals(List.of("1"), row.keys());
        assertEquals(List.of(7L, 2L), List.of(row.values()));
        counts.add(new String[] {"2", "retweets"}, 1);
        MetricPivot.UnknownMetricException e = org.junit.jupiter.api.Assertions.assertThrows(
                MetricPivot.UnknownMetricException.class, () -> pivot.rows(counts));
        assertTrue(e.getMessage().contains("'retweets'"), e.getMessage());
    }
}
