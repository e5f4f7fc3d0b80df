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

    /** The last column of a run that routes Tweets between profiles: the profile that fetched the Tweet. */
    public static final String PROFILE_COLUMN = ResultKeys.PROFILE;

    private final String[] row;
    private final TweetProfiles profiles;

    /** {@code metrics}: the request's metrics, which order the Top Tweets. */
    public CsvResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics) throws IOException {
        this(out, groupings, metrics, null);
    }

    /** {@code profiles}: when not null, a last column says which profile fetched each row's Tweet. */
    public CsvResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics, TweetProfiles profiles)
            throws IOException {
        super(out, header(profiles), groupings, metrics);
        this.profiles = profiles;
        this.row = new String[header(profiles).size()];
    }

    private static List<String> header(TweetProfiles profiles) {
        if (profiles == null) {
            return HEADER;
        }
        List<String> h = new java.util.ArrayList<>(HEADER);
        h.add(PROFILE_COLUMN);
        return h;
    }

    @Override
    void writeTop(TopTweets top) throws IOException {
        for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked(metrics).entrySet()) {
            for (TopTweets.Entry e : metric.getValue()) {
                String id = Long.toString(e.tweetId());
                if (profiles == null) {
                    printRecord("top:" + metric.getKey(), id, metric.getKey(), "", "", Long.toString(e.count()));
                } else {
                    printRecord("top:" + metric.getKey(), id, metric.getKey(), "", "", Long.toString(e.count()),
                            "");
                }
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
            row[HEADER.size() - 1] = Long.toString(count);
            if (profiles != null && path.length > 0 && g.keys().get(0) == GroupKey.TWEET_ID) {
                String profile = profiles.of(path[0]);
                row[HEADER.size()] = profile == null ? "" : profile;
            }
            try {
                printRecord((Object[]) row);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
