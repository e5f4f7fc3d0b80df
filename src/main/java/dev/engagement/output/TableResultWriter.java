package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.engagement.merge.TopTweets;

/**
 * For a terminal: per grouping an aligned table, one row per Tweet (or per key combination) and
 * one column per metric in request order, numbers right-aligned with thousands separators and a
 * totals row; then the Top Tweets with their links. A table needs all its rows before it can align
 * them, so this format holds what it shows in memory; use JSON or CSV for large runs.
 */
public final class TableResultWriter implements ResultWriter {
    private final PrintWriter out;
    private final List<Grouping> groupings;
    private final List<String> metrics;
    private final int width;
    private final boolean color;
    private final Map<String, CountTree> tweetGroupings = new LinkedHashMap<>();

    /** {@code width}: cut tables to this many characters; {@code color}: bold headings (ANSI). */
    public TableResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics, int width, boolean color) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.groupings = groupings;
        this.metrics = metrics;
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
        for (int i = 0; i < groupings.size(); i++) {
            Grouping g = groupings.get(i);
            CountTree counts = g.isKeyedByTweet() ? tweetGroupings.getOrDefault(g.name(), new CountTree())
                    : result.aggregates().getOrDefault(g.name(), new CountTree());
            if (i > 0) {
                out.println();
            }
            printGrouping(g, counts);
        }
        if (top != null) {
            out.println();
            printTop(top);
        }
        out.flush();
        if (out.checkError()) {
            throw new IOException("the table could not be written");
        }
    }

    private void printGrouping(Grouping g, CountTree counts) {
        out.println(bold(g.name()) + "  (" + g.describe().substring(g.name().length() + 1) + ")");
        MetricPivot pivot = new MetricPivot(g, MetricPivot.columnsFor(g, metrics, counts));
        List<MetricPivot.Row> rows = pivot.rows(counts);
        if (rows.isEmpty()) {
            out.println("(no counts)");
            return;
        }
        List<String> header = new ArrayList<>();
        pivot.rowKeys().forEach(k -> header.add(MetricPivot.columnName(k)));
        header.addAll(pivot.columns());
        int keyColumns = pivot.rowKeys().size();
        long[] totals = new long[pivot.columns().size()];
        List<List<String>> cells = new ArrayList<>();
        for (MetricPivot.Row r : rows) {
            List<String> line = new ArrayList<>(r.keys());
            for (int i = 0; i < totals.length; i++) {
                Long v = r.values()[i];
                totals[i] += v == null ? 0 : v;
                line.add(v == null ? "" : number(v));
            }
            cells.add(line);
        }
        boolean withTotal = keyColumns > 0 && rows.size() > 1;
        if (withTotal) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < keyColumns; i++) {
                line.add(i == 0 ? "Total" : "");
            }
            for (long t : totals) {
                line.add(number(t));
            }
            cells.add(line);
        }
        new TextTable(header, keyColumns, width).print(out, cells, withTotal);
    }

    private void printTop(TopTweets top) {
        out.println(bold("Top Tweets"));
        for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked(metrics).entrySet()) {
            out.println();
            out.println("  " + metric.getKey());
            int countWidth = metric.getValue().stream().mapToInt(e -> number(e.count()).length()).max().orElse(0);
            int rankWidth = Integer.toString(metric.getValue().size()).length();
            int rank = 1;
            for (TopTweets.Entry e : metric.getValue()) {
                out.println(String.format(Locale.ROOT, "  %" + rankWidth + "d.  %" + countWidth + "s  %s%d", rank++,
                        number(e.count()), TopTweetsCsvFile.STATUS_URL, e.tweetId()));
            }
        }
    }

    static String number(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }
}
