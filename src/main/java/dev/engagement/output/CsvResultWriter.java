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
    void writeTop(TopTweets top) {
        for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked(metrics).entrySet()) {
            for (TopTweets.Entry e : metric.getValue()) {
                String id = Long.toString(e.tweetId());
                if (profiles == null) {
                    rows.row("top:" + metric.getKey(), id, metric.getKey(), "", "", Long.toString(e.count()));
                } else {
                    rows.row("top:" + metric.getKey(), id, metric.getKey(), "", "", Long.toString(e.count()), "");
                }
            }
        }
    }

    /**
     * One grouping's rows, its tree walked once: each key's cell (quoted, as bytes) is set as the walk
     * enters its level, and a row is those cells copied, then its count.
     */
    @Override
    void writeRows(Grouping g, CountTree counts) {
        byte[][] cells = new byte[KEY_COLUMNS.size()][];
        Arrays.fill(cells, rows.cell(""));
        int[] columnOf = new int[g.depth()];
        for (int i = 0; i < g.depth(); i++) {
            columnOf[i] = KEY_COLUMNS.indexOf(g.keys().get(i));
        }
        boolean byProfile = profiles != null && g.isKeyedByTweet();
        Row row = new Row(rows.firstCell(g.name()), cells, columnOf, byProfile,
                profiles == null ? null : rows.cell(""));
        walk(counts, 0, row);
    }

    /** What a row of one grouping is made of while its tree is walked. */
    private static final class Row {
        final byte[] grouping;
        final byte[][] cells;
        final int[] columnOf;
        final boolean byProfile;
        /** The profile column's cell, null when there is no such column. */
        byte[] profile;

        Row(byte[] grouping, byte[][] cells, int[] columnOf, boolean byProfile, byte[] profile) {
            this.grouping = grouping;
            this.cells = cells;
            this.columnOf = columnOf;
            this.byProfile = byProfile;
            this.profile = profile;
        }
    }

    private void walk(CountTree node, int level, Row row) {
        if (level == row.columnOf.length - 1) {
            counts(node, level, row);
            return;
        }
        for (int i = 0, n = node.size(); i < n; i++) {
            String key = node.keyAt(i);
            row.cells[row.columnOf[level]] = rows.cell(key);
            if (level == 0) {
                profileOf(key, row);
            }
            CountTree child = node.childAt(i);
            if (child != null) {
                walk(child, level + 1, row);
            }
        }
    }

    /**
     * The rows of a node of the last level, whose keys only change one cell: what comes before that cell
     * and what comes after it are joined once for all of them.
     */
    private void counts(CountTree node, int level, Row row) {
        int column = row.columnOf[level];
        byte[] before = join(row.grouping, row.cells, 0, column);
        byte[] after = join(null, row.cells, column + 1, row.cells.length);
        for (int i = 0, n = node.size(); i < n; i++) {
            String key = node.keyAt(i);
            if (level == 0) {
                profileOf(key, row);
            }
            rows.append(before);
            rows.append(rows.cell(key));
            rows.append(after);
            rows.appendCount(node.countAt(i));
            if (row.profile != null) {
                rows.append(row.profile);
            }
            rows.endRow();
        }
    }

    private void profileOf(String tweetId, Row row) {
        if (row.byProfile) {
            String profile = profiles.of(tweetId);
            row.profile = rows.cell(profile == null ? "" : profile);
        }
    }

    private static final byte[] NOTHING = {};

    private static byte[] join(byte[] first, byte[][] cells, int from, int to) {
        if (first == null && from >= to) {
            return NOTHING;
        }
        int length = first == null ? 0 : first.length;
        for (int c = from; c < to; c++) {
            length += cells[c].length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        if (first != null) {
            System.arraycopy(first, 0, joined, 0, first.length);
            at = first.length;
        }
        for (int c = from; c < to; c++) {
            System.arraycopy(cells[c], 0, joined, at, cells[c].length);
            at += cells[c].length;
        }
        return joined;
    }
}
