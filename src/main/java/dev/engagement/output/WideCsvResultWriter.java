package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.engagement.merge.TopTweets;

/**
 * CSV for spreadsheets, one column per metric: {@code grouping,tweet_id[,day][,hour],<metrics in
 * request order>[,count]}. {@code day} and {@code hour} appear when some grouping has that key, and
 * {@code count} when some grouping lacks {@code engagement.type} (its counts are summed over the
 * metrics). One row per combination of a grouping's other keys; cells a grouping lacks are empty.
 * Tweet-keyed groupings go out batch by batch, aggregates at the end. Top Tweets follow as rows
 * whose grouping is {@code top:<metric>}, ranked, with the count in that metric's column.
 */
public final class WideCsvResultWriter extends CsvRowsWriter {
    private final List<String> header;

    public WideCsvResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics) throws IOException {
        this(out, headerFor(groupings, metrics), groupings, metrics);
    }

    private WideCsvResultWriter(OutputStream out, List<String> header, List<Grouping> groupings, List<String> metrics)
            throws IOException {
        super(out, header, groupings, metrics);
        this.header = header;
    }

    private static List<String> headerFor(List<Grouping> groupings, List<String> metrics) {
        List<String> header = new ArrayList<>();
        header.add("grouping");
        header.add(MetricPivot.columnName(GroupKey.TWEET_ID));
        if (groupings.stream().anyMatch(g -> g.has(GroupKey.ENGAGEMENT_DAY))) {
            header.add(MetricPivot.columnName(GroupKey.ENGAGEMENT_DAY));
        }
        if (groupings.stream().anyMatch(g -> g.has(GroupKey.ENGAGEMENT_HOUR))) {
            header.add(MetricPivot.columnName(GroupKey.ENGAGEMENT_HOUR));
        }
        header.addAll(metrics);
        if (groupings.stream().anyMatch(g -> !g.has(GroupKey.ENGAGEMENT_TYPE))) {
            header.add(MetricPivot.COUNT);
        }
        return List.copyOf(header);
    }

    /** The header this writer uses for these groupings and metrics. */
    public List<String> header() {
        return header;
    }

    @Override
    void writeTop(TopTweets top) {
        String[] row = new String[header.size()];
        for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked(metrics).entrySet()) {
            int column = header.indexOf(metric.getKey());
            for (TopTweets.Entry e : metric.getValue()) {
                Arrays.fill(row, "");
                row[0] = "top:" + metric.getKey();
                row[1] = Long.toString(e.tweetId());
                if (column >= 0) {
                    row[column] = Long.toString(e.count());
                }
                rows.row(row);
            }
        }
    }

    @Override
    void writeRows(Grouping g, CountTree counts) {
        MetricPivot pivot = new MetricPivot(g, metrics);
        // What each column of the header holds for this grouping: a row key, a count, or nothing.
        int[] keyOf = new int[header.size()];
        int[] valueOf = new int[header.size()];
        Arrays.fill(keyOf, -1);
        Arrays.fill(valueOf, -1);
        for (int i = 0; i < pivot.rowKeys().size(); i++) {
            keyOf[header.indexOf(MetricPivot.columnName(pivot.rowKeys().get(i)))] = i;
        }
        for (int i = 0; i < pivot.columns().size(); i++) {
            valueOf[header.indexOf(pivot.columns().get(i))] = i;
        }
        byte[] grouping = rows.firstCell(g.name());
        byte[] empty = rows.cell("");
        for (MetricPivot.Row r : pivot.rows(counts)) {
            rows.append(grouping);
            for (int c = 1; c < keyOf.length; c++) {
                if (keyOf[c] >= 0) {
                    rows.appendCell(r.keys().get(keyOf[c]));
                } else if (valueOf[c] >= 0 && r.values()[valueOf[c]] != null) {
                    rows.appendCount(r.values()[valueOf[c]]);
                } else {
                    rows.append(empty);
                }
            }
            rows.endRow();
        }
    }
}
