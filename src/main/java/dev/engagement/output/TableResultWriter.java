package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * For a terminal: per grouping an aligned table, one row per Tweet (or per key combination) and
 * one column per metric, numbers right-aligned with thousands separators and a totals row; then
 * the Top Tweets. A table needs all its rows before it can align them, so this format holds the
 * result in memory; use JSON or CSV for large runs.
 */
public final class TableResultWriter implements ResultWriter {
    private final PrintWriter out;
    private final List<Grouping> groupings;
    private final int width;
    private final boolean color;
    private final Map<String, CountTree> tweetGroupings = new LinkedHashMap<>();

    public TableResultWriter(OutputStream out, List<Grouping> groupings, int width, boolean color) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.groupings = groupings;
        this.width = width;
        this.color = color;
    }

    @Override
    public void tweetCounts(Grouping grouping, CountTree counts) {
        tweetGroupings.computeIfAbsent(grouping.name(), k -> new CountTree()).addAll(counts);
    }

    @Override
    public void finish(RunResult result, TopTweets top) throws IOException {
        if (result.start() != null) {
            out.println("Window: " + result.start() + " to " + result.end());
            out.println();
        }
        for (Grouping g : groupings) {
            CountTree counts = g.isKeyedByTweet() ? tweetGroupings.getOrDefault(g.name(), new CountTree())
                    : result.aggregates().getOrDefault(g.name(), new CountTree());
            printGrouping(g, counts);
        }
        if (top != null) {
            printTop(top);
        }
        out.flush();
    }

    private void printGrouping(Grouping g, CountTree counts) {
        out.println(bold(g.name()) + "  (" + g.describe().substring(g.name().length() + 1) + ")");
        int typeAt = g.keys().indexOf(GroupKey.ENGAGEMENT_TYPE);
        List<String> rowKeyNames = new ArrayList<>();
        for (GroupKey k : g.keys()) {
            if (k != GroupKey.ENGAGEMENT_TYPE) {
                rowKeyNames.add(label(k));
            }
        }
        Map<List<String>, Map<String, Long>> rows = new LinkedHashMap<>();
        Set<String> metrics = new LinkedHashSet<>();
        counts.forEachLeaf(g.depth(), (path, count) -> {
            List<String> rowKey = new ArrayList<>();
            String metric = typeAt < 0 ? "count" : path[typeAt];
            for (int i = 0; i < path.length; i++) {
                if (i != typeAt) {
                    rowKey.add(path[i]);
                }
            }
            metrics.add(metric);
            rows.computeIfAbsent(rowKey, k -> new LinkedHashMap<>()).merge(metric, count, Long::sum);
        });
        List<String> header = new ArrayList<>(rowKeyNames);
        header.addAll(metrics);
        List<List<String>> cells = new ArrayList<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Map.Entry<List<String>, Map<String, Long>> r : rows.entrySet()) {
            List<String> line = new ArrayList<>(r.getKey());
            for (String m : metrics) {
                long v = r.getValue().getOrDefault(m, 0L);
                totals.merge(m, v, Long::sum);
                line.add(number(v));
            }
            cells.add(line);
        }
        if (!rowKeyNames.isEmpty() && rows.size() > 1) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < rowKeyNames.size(); i++) {
                line.add(i == 0 ? "Total" : "");
            }
            for (String m : metrics) {
                line.add(number(totals.getOrDefault(m, 0L)));
            }
            cells.add(line);
        }
        new TextTable(header, rowKeyNames.size(), width).print(out, cells, !rowKeyNames.isEmpty() && rows.size() > 1);
        out.println();
    }

    private void printTop(TopTweets top) {
        out.println(bold("Top Tweets"));
        for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked().entrySet()) {
            out.println();
            out.println("  " + metric.getKey());
            int rank = 1;
            for (TopTweets.Entry e : metric.getValue()) {
                out.printf(Locale.ROOT, "  %3d. %15s  https://x.com/i/status/%d%n", rank++, number(e.count()), e.tweetId());
            }
        }
        out.println();
    }

    private static String label(GroupKey k) {
        switch (k) {
            case TWEET_ID:
                return "tweet_id";
            case ENGAGEMENT_DAY:
                return "day";
            case ENGAGEMENT_HOUR:
                return "hour";
            default:
                return k.wireName();
        }
    }

    static String number(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }
}
