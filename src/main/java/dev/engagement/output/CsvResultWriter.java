package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A tidy table, one row per count: {@code grouping,tweet_id,engagement_type,day,hour,count}, with
 * empty cells where a grouping lacks that key. Rows are written as batches arrive. Top Tweets, when
 * asked for, follow as rows whose grouping is {@code top:<metric>}.
 */
public final class CsvResultWriter implements ResultWriter {
    public static final List<String> HEADER = List.of("grouping", "tweet_id", "engagement_type", "day", "hour", "count");
    private static final GroupKey[] COLUMNS = {GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY,
            GroupKey.ENGAGEMENT_HOUR};

    private final CSVPrinter printer;
    private final List<Grouping> groupings;
    private final String[] row = new String[HEADER.size()];

    public CsvResultWriter(OutputStream out, List<Grouping> groupings) throws IOException {
        this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(new String[0])).get());
        this.groupings = groupings;
    }

    @Override
    public void tweetCounts(Grouping grouping, CountTree counts) throws IOException {
        writeRows(grouping, counts);
    }

    @Override
    public void finish(RunResult result, TopTweets top) throws IOException {
        for (Grouping g : groupings) {
            CountTree aggregate = result.aggregates().get(g.name());
            if (aggregate != null) {
                writeRows(g, aggregate);
            }
        }
        if (top != null) {
            for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked().entrySet()) {
                for (TopTweets.Entry e : metric.getValue()) {
                    printer.printRecord("top:" + metric.getKey(), Long.toString(e.tweetId()), metric.getKey(), "", "",
                            Long.toString(e.count()));
                }
            }
        }
        printer.flush();
    }

    private void writeRows(Grouping g, CountTree counts) throws IOException {
        int[] columnOf = new int[g.depth()];
        for (int i = 0; i < g.depth(); i++) {
            columnOf[i] = 1 + java.util.Arrays.asList(COLUMNS).indexOf(g.keys().get(i));
        }
        IOException[] failure = new IOException[1];
        counts.forEachLeaf(g.depth(), (path, count) -> {
            if (failure[0] != null) {
                return;
            }
            java.util.Arrays.fill(row, "");
            row[0] = g.name();
            for (int i = 0; i < path.length; i++) {
                row[columnOf[i]] = path[i];
            }
            row[5] = Long.toString(count);
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
