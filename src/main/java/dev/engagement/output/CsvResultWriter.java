package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.engagement.merge.TopTweets;

/**
 * A tidy table, one row per count: {@code grouping,tweet_id,engagement_type,day,hour,count}, with
 * empty cells where a grouping lacks that key. Rows are written as batches arrive. Top Tweets, when
 * asked for, follow as rows whose grouping is {@code top:<metric>}, ranked.
 */
public final class CsvResultWriter extends CsvRowsWriter {
    public static final List<String> HEADER = List.of("grouping", "tweet_id", "engagement_type", "day", "hour", "count");
    private static final List<GroupKey> KEY_COLUMNS = List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE,
            GroupKey.ENGAGEMENT_DAY, GroupKey.ENGAGEMENT_HOUR);

    private final String[] row = new String[HEADER.size()];

    /** {@code metrics}: the request's metrics, which order the Top Tweets. */
    public CsvResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics) throws IOException {
        super(out, HEADER, groupings, metrics);
    }

    @Override
    void writeTop(TopTweets top) throws IOException {
        for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked(metrics).entrySet()) {
            for (TopTweets.Entry e : metric.getValue()) {
                printer.printRecord("top:" + metric.getKey(), Long.toString(e.tweetId()), metric.getKey(), "", "",
                        Long.toString(e.count()));
            }
        }
    }

    @Override
    void writeRows(Grouping g, CountTree counts) throws IOException {
        int[] columnOf = new int[g.depth()];
        for (int i = 0; i < g.depth(); i++) {
            columnOf[i] = 1 + KEY_COLUMNS.indexOf(g.keys().get(i));
        }
        IOException[] failure = new IOException[1];
        counts.forEachLeaf(g.depth(), (path, count) -> {
            if (failure[0] != null) {
                return;
            }
            Arrays.fill(row, "");
            row[0] = g.name();
            for (int i = 0; i < path.length; i++) {
                row[columnOf[i]] = path[i];
            }
            row[row.length - 1] = Long.toString(count);
            try {
                printer.printRecord((Object[]) row);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
