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
import java.util.TreeMap;
import dev.engagement.api.GroupKey;
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
    private final boolean unicode;
    /** Sparklines stop growing here, also where no terminal limits the width. */
    private static final int TREND_MAX_WIDTH = 120;

    private final Map<String, CountTree> tweetGroupings = new LinkedHashMap<>();

    /** {@code width}: cut tables to this many characters; {@code color}: bold headings (ANSI). */
    public TableResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics, int width, boolean color) {
        this(out, groupings, metrics, width, color, false);
    }

    /** {@code unicode}: sparklines in block characters, else in ASCII. */
    public TableResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics, int width, boolean color,
            boolean unicode) {
        this.unicode = unicode;
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
        if (g.has(GroupKey.ENGAGEMENT_DAY) || g.has(GroupKey.ENGAGEMENT_HOUR)) {
            printTrends(g, pivot, rows);
        }
    }

    /**
     * Under a grouping with day or hour keys: one sparkline per Tweet (or for all, without
     * {@code tweet.id}) and metric, over the grouping's buckets in time order, fitted to the width.
     */
    private void printTrends(Grouping g, MetricPivot pivot, List<MetricPivot.Row> rows) {
        List<Integer> timeAt = new ArrayList<>();
        List<Integer> otherAt = new ArrayList<>();
        for (int i = 0; i < pivot.rowKeys().size(); i++) {
            (pivot.rowKeys().get(i).isTime() ? timeAt : otherAt).add(i);
        }
        TreeMap<String, Integer> buckets = new TreeMap<>();
        Map<List<String>, long[][]> series = new LinkedHashMap<>();
        for (MetricPivot.Row r : rows) {
            buckets.put(bucket(r, timeAt), 0);
        }
        int b = 0;
        for (Map.Entry<String, Integer> e : buckets.entrySet()) {
            e.setValue(b++);
        }
        for (MetricPivot.Row r : rows) {
            List<String> key = new ArrayList<>();
            otherAt.forEach(i -> key.add(r.keys().get(i)));
            long[][] s = series.computeIfAbsent(key, k -> new long[pivot.columns().size()][buckets.size()]);
            int at = buckets.get(bucket(r, timeAt));
            for (int c = 0; c < s.length; c++) {
                s[c][at] += r.values()[c] == null ? 0 : r.values()[c];
            }
        }
        List<String> header = new ArrayList<>();
        otherAt.forEach(i -> header.add(MetricPivot.columnName(pivot.rowKeys().get(i))));
        header.add("metric");
        header.add("total");
        header.add("trend");
        List<List<String>> cells = new ArrayList<>();
        for (Map.Entry<List<String>, long[][]> e : series.entrySet()) {
            for (int c = 0; c < pivot.columns().size(); c++) {
                List<String> line = new ArrayList<>(e.getKey());
                line.add(pivot.columns().get(c));
                line.add(number(java.util.Arrays.stream(e.getValue()[c]).sum()));
                cells.add(line);
            }
        }
        int used = 0;
        for (int col = 0; col < header.size() - 1; col++) {
            int w = header.get(col).length();
            for (List<String> line : cells) {
                w = Math.max(w, line.get(col).length());
            }
            used += w + 2;
        }
        int per = Sparkline.perCharacter(buckets.size(), Math.min(width, TREND_MAX_WIDTH) - used);
        int i = 0;
        for (long[][] s : series.values()) {
            for (long[] metric : s) {
                cells.get(i++).add(Sparkline.draw(metric, per, unicode));
            }
        }
        boolean hours = g.has(GroupKey.ENGAGEMENT_HOUR);
        String unit = hours ? "hour" : "day";
        String suffix = hours ? ":00" : "";
        out.println();
        out.println("trend  (" + buckets.firstKey() + suffix + " to " + buckets.lastKey() + suffix + ", one character = "
                + (per == 1 ? "one " + unit : per + " " + unit + "s") + ", highest = " + (unicode
                ? Sparkline.BLOCKS.charAt(Sparkline.BLOCKS.length() - 1) : Sparkline.ASCII.charAt(
                Sparkline.ASCII.length() - 1)) + ")");
        new TextTable(header, otherAt.size() + 1, width).print(out, cells, false);
    }

    /** A row's time bucket as text that sorts in time order: day, day and hour, or hour. */
    private static String bucket(MetricPivot.Row r, List<Integer> timeAt) {
        StringBuilder sb = new StringBuilder();
        for (int i : timeAt) {
            sb.append(sb.length() > 0 ? " " : "").append(r.keys().get(i));
        }
        return sb.toString();
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
