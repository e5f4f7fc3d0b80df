package dev.engagement.html;

import dev.engagement.Text;
import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.TweetIds;
import dev.engagement.merge.TopTweets;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run's result as a report: the run's facts, totals per metric, the Top-N Tweets per metric, and
 * per time grouping the curve (or, by hour of the day, the bars) of each metric summed over Tweets,
 * with small multiples of the top Tweets' curves. Reads the counts twice and keeps only sums per
 * metric and bucket, the Top-N heaps and the curves of the top Tweets in memory.
 */
public final class RunPage implements ReportSource {
    /** Column name for the counts of a grouping without {@code engagement.type}. */
    static final String COUNT = "count";

    /**
     * @param top       how many Tweets to rank per metric
     * @param multiples how many of them get a small chart of their own
     * @param multipleMetrics for how many metrics (the first in request order) small charts are drawn
     */
    public record Options(int top, int multiples, int multipleMetrics) {
        public static final Options DEFAULT = new Options(10, 6, 3);
    }

    private final RunData data;
    private final Options options;

    public RunPage(RunData data, Options options) {
        this.data = data;
        this.options = options;
    }

    /** Per metric, per bucket (in time order), the count. */
    private static final class Curves {
        final Map<String, TreeMap<String, long[]>> byMetric = new LinkedHashMap<>();

        void add(String metric, String bucket, long count) {
            byMetric.computeIfAbsent(metric, k -> new TreeMap<>()).computeIfAbsent(bucket, k -> new long[1])[0] += count;
        }
    }

    @Override
    public Report read() throws IOException {
        List<Grouping> groupings = data.groupings();
        Grouping totalsFrom = groupings.stream().filter(g -> g.has(GroupKey.ENGAGEMENT_TYPE)).findFirst()
                .orElse(groupings.isEmpty() ? null : groupings.get(0));
        Grouping topFrom = groupings.stream().filter(TopTweets::canFeedFrom).findFirst().orElse(null);
        TopTweets top = topFrom == null || options.top() <= 0 ? null : new TopTweets(options.top(), topFrom);
        Map<String, long[]> totals = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Curves> curves = new LinkedHashMap<>();
        for (Grouping g : groupings) {
            if (TimeKey.of(g) != TimeKey.NONE) {
                curves.put(g.name(), new Curves());
            }
        }
        data.forEachCounts((g, counts) -> {
            if (top != null) {
                top.offer(g, counts);
            }
            Curves c = curves.get(g.name());
            boolean forTotals = g.equals(totalsFrom);
            if (c == null && !forTotals) {
                return;
            }
            Leaves leaves = new Leaves(g);
            counts.forEachLeaf(g.depth(), (path, count) -> {
                String metric = leaves.metric(path);
                seen.add(metric);
                if (forTotals) {
                    totals.computeIfAbsent(metric, k -> new long[1])[0] += count;
                }
                if (c != null) {
                    c.add(metric, leaves.bucket(path), count);
                }
            });
        });
        List<String> metrics = new ArrayList<>();
        for (String m : data.metrics()) {
            if (seen.contains(m) || seen.isEmpty()) {
                metrics.add(m);
            }
        }
        seen.stream().filter(m -> !metrics.contains(m)).forEach(metrics::add);
        Map<String, List<TopTweets.Entry>> ranked = top == null ? Map.of() : top.ranked(metrics);

        List<Section> sections = new ArrayList<>();
        sections.add(idListsSection(data.facts()));
        sections.add(totalsSection(totalsFrom, metrics, totals));
        if (top != null) {
            sections.add(topSection(topFrom, ranked));
        }
        Grouping multiplesFrom = top == null ? null : groupings.stream()
                .filter(g -> g.isKeyedByTweet() && g.has(GroupKey.ENGAGEMENT_TYPE) && timeSeries(g)).findFirst()
                .orElse(null);
        Map<String, Map<Long, Curves>> tweetCurves = multiplesFrom == null ? Map.of()
                : tweetCurves(multiplesFrom, metrics, ranked);
        for (Grouping g : groupings) {
            Curves c = curves.get(g.name());
            if (c != null) {
                sections.add(timeSection(g, metrics, c, g.equals(multiplesFrom) ? tweetCurves : Map.of()));
            }
        }
        return new Report("Engagement report: " + data.facts().source(), facts(metrics), sections);
    }

    private static boolean timeSeries(Grouping g) {
        TimeKey k = TimeKey.of(g);
        return k == TimeKey.DAILY || k == TimeKey.HOURLY;
    }

    /** Second reading: the curves of the top Tweets of the first metrics. */
    private Map<String, Map<Long, Curves>> tweetCurves(Grouping g, List<String> metrics,
            Map<String, List<TopTweets.Entry>> ranked) throws IOException {
        Map<String, Map<Long, Curves>> wanted = new LinkedHashMap<>();
        for (String m : metrics) {
            List<TopTweets.Entry> entries = ranked.getOrDefault(m, List.of());
            if (wanted.size() >= options.multipleMetrics() || entries.isEmpty()) {
                continue;
            }
            Map<Long, Curves> perTweet = new LinkedHashMap<>();
            for (TopTweets.Entry e : entries.subList(0, Math.min(options.multiples(), entries.size()))) {
                perTweet.put(e.tweetId(), new Curves());
            }
            wanted.put(m, perTweet);
        }
        if (wanted.isEmpty()) {
            return wanted;
        }
        Leaves leaves = new Leaves(g);
        int idAt = g.keys().indexOf(GroupKey.TWEET_ID);
        data.forEachCounts((grouping, counts) -> {
            if (!grouping.equals(g)) {
                return;
            }
            counts.forEachLeaf(g.depth(), (path, count) -> {
                Map<Long, Curves> perTweet = wanted.get(leaves.metric(path));
                Curves c = perTweet == null ? null : perTweet.get(TweetIds.parse(path[idAt]));
                if (c != null) {
                    c.add(leaves.metric(path), leaves.bucket(path), count);
                }
            });
        });
        return wanted;
    }

    /** Reads a leaf's metric and time bucket from its key path. */
    private static final class Leaves {
        private final int typeAt;
        private final int dayAt;
        private final int hourAt;
        private final TimeKey time;

        Leaves(Grouping g) {
            typeAt = g.keys().indexOf(GroupKey.ENGAGEMENT_TYPE);
            dayAt = g.keys().indexOf(GroupKey.ENGAGEMENT_DAY);
            hourAt = g.keys().indexOf(GroupKey.ENGAGEMENT_HOUR);
            time = TimeKey.of(g);
        }

        String metric(String[] path) {
            return typeAt < 0 ? COUNT : path[typeAt];
        }

        String bucket(String[] path) {
            return time.bucket(dayAt < 0 ? null : path[dayAt], hourAt < 0 ? null : path[hourAt]);
        }
    }

    private List<Report.Fact> facts(List<String> metrics) {
        RunFacts f = data.facts();
        List<Report.Fact> facts = new ArrayList<>();
        facts.add(new Report.Fact("Source", f.source()));
        if (f.endpoint() != null) {
            facts.add(new Report.Fact("Endpoint", f.endpoint()));
        }
        facts.add(new Report.Fact("Range (UTC)", f.start() == null ? "lifetime totals" : f.start() + " to " + f.end()));
        if (!f.windows().isEmpty()) {
            StringBuilder w = new StringBuilder(Text.count(f.windows().size(), "window"));
            w.append(": ");
            int shown = Math.min(6, f.windows().size());
            for (int i = 0; i < shown; i++) {
                w.append(i > 0 ? "; " : "").append(f.windows().get(i));
            }
            if (shown < f.windows().size()) {
                w.append("; ...");
            }
            facts.add(new Report.Fact("Windows", w.toString()));
        }
        if (f.tweets() != null) {
            facts.add(new Report.Fact("Tweet IDs", Text.number(f.tweets())));
        }
        facts.add(new Report.Fact("Groupings", String.join("; ", data.groupings().stream().map(Grouping::describe)
                .toList())));
        facts.add(new Report.Fact("Metrics", String.join(", ", metrics)));
        if (f.partial()) {
            facts.add(new Report.Fact("Partial", "yes: the run stopped before every batch was fetched"));
        }
        return facts;
    }

    private static Section idListsSection(RunFacts f) {
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> list : f.idLists().entrySet()) {
            rows.add(List.of(DataTable.Cell.of(list.getKey()), DataTable.Cell.of(Text.number(list.getValue()))));
        }
        return new Section.Part("ID lists", "Tweet IDs the run could not give counts for, by reason (the lists "
                + "are in the result).", List.of(new Section.TableSection("IDs per list", new DataTable(List.of("list",
                        "IDs"), 1, rows))));
    }

    private static Section totalsSection(Grouping from, List<String> metrics, Map<String, long[]> totals) {
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        for (String m : metrics) {
            long[] t = totals.get(m);
            if (t != null) {
                rows.add(List.of(DataTable.Cell.of(m), DataTable.Cell.of(Text.number(t[0]))));
            }
        }
        String note = from == null ? "The result holds no grouping." : "Summed over grouping " + from.describe() + ".";
        return new Section.Part("Totals", note,
                List.of(new Section.TableSection("Totals per metric", new DataTable(List.of("metric", "total"), 1, rows))));
    }

    private static Section topSection(Grouping from, Map<String, List<TopTweets.Entry>> ranked) {
        List<Section> tables = new ArrayList<>();
        for (Map.Entry<String, List<TopTweets.Entry>> m : ranked.entrySet()) {
            List<List<DataTable.Cell>> rows = new ArrayList<>();
            int rank = 1;
            for (TopTweets.Entry e : m.getValue()) {
                String id = Long.toString(e.tweetId());
                rows.add(List.of(DataTable.Cell.of(Integer.toString(rank++)), new DataTable.Cell(id, TweetIds.STATUS_URL + id),
                        DataTable.Cell.of(Text.number(e.count()))));
            }
            tables.add(new Section.TableSection("Top " + m.getValue().size() + " by " + m.getKey(),
                    new DataTable(List.of("rank", "tweet", m.getKey()), 2, rows)));
        }
        return new Section.Part("Top Tweets", "Highest count first, ties by Tweet ID; read from grouping "
                + from.describe() + ", time buckets summed per Tweet.", tables);
    }

    private Section timeSection(Grouping g, List<String> metrics, Curves curves, Map<String, Map<Long, Curves>> tweets) {
        TimeKey time = TimeKey.of(g);
        List<Section> body = new ArrayList<>();
        for (String m : metrics) {
            TreeMap<String, long[]> curve = curves.byMetric.get(m);
            if (curve == null) {
                continue;
            }
            String title = m + " " + time.describe() + (g.isKeyedByTweet() ? ", all Tweets" : "");
            body.add(new Section.ChartSection(title, chart(time, curve, m), bucketTable(time, List.of(m), List.of(curve))));
            Map<Long, Curves> perTweet = tweets.get(m);
            if (perTweet != null && !perTweet.isEmpty()) {
                body.add(multiples(time, m, perTweet));
            }
        }
        return new Section.Part("Grouping " + g.describe(), "Counts " + time.describe() + ".", body);
    }

    private static Chart chart(TimeKey time, TreeMap<String, long[]> curve, String metric) {
        long[] counts = new long[curve.size()];
        int i = 0;
        for (long[] c : curve.values()) {
            counts[i++] = c[0];
        }
        if (time == TimeKey.HOUR_OF_DAY) {
            return new Chart.Bars(new ArrayList<>(curve.keySet()), counts, "hour of the day (UTC)", metric);
        }
        List<Instant> times = curve.keySet().stream().map(time::instant).toList();
        return new Chart.TimeSeries(times, counts, time.step(), metric);
    }

    private static Section multiples(TimeKey time, String metric, Map<Long, Curves> perTweet) {
        List<Section.ChartSection> charts = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<TreeMap<String, long[]>> curves = new ArrayList<>();
        for (Map.Entry<Long, Curves> t : perTweet.entrySet()) {
            TreeMap<String, long[]> curve = t.getValue().byMetric.getOrDefault(metric, new TreeMap<>());
            charts.add(new Section.ChartSection("Tweet " + t.getKey(), chart(time, curve, metric), null));
            columns.add(Long.toString(t.getKey()));
            curves.add(curve);
        }
        return new Section.Multiples("Top " + perTweet.size() + " Tweets by " + metric + ", " + time.describe(),
                "On one scale; the table lists each Tweet's " + metric + " per bucket.", charts,
                bucketTable(time, columns, curves));
    }

    /** One row per bucket, one column per curve; a bucket a curve lacks is left empty. */
    private static DataTable bucketTable(TimeKey time, List<String> columns, List<TreeMap<String, long[]>> curves) {
        TreeMap<String, Boolean> buckets = new TreeMap<>();
        curves.forEach(c -> c.keySet().forEach(b -> buckets.put(b, true)));
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        for (String b : buckets.keySet()) {
            List<DataTable.Cell> row = new ArrayList<>();
            row.add(DataTable.Cell.of(time.label(b)));
            for (TreeMap<String, long[]> c : curves) {
                long[] v = c.get(b);
                row.add(DataTable.Cell.of(v == null ? "" : Text.number(v[0])));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>();
        header.add(time == TimeKey.DAILY ? "day (UTC)" : time == TimeKey.HOURLY ? "hour (UTC)" : "hour of the day (UTC)");
        header.addAll(columns);
        return new DataTable(header, 1, rows);
    }
}
