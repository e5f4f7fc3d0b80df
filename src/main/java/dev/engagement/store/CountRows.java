package dev.engagement.store;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes a snapshot's counts as tidy rows, one per count, sent in batches of {@link #BATCH}
 * within the caller's transaction. A Tweet ID is kept as text exactly as given, and as an integer
 * for joins (null where it does not fit 64 bits).
 */
final class CountRows {
    static final int BATCH = 5_000;
    private static final GroupKey[] COLUMNS = {GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY,
        GroupKey.ENGAGEMENT_HOUR};

    /** A failed insert carried through the merge's sink, which may only throw IOException. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        Failed(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        SQLException sql() {
            return (SQLException) getCause();
        }
    }

    private final PreparedStatement insert;
    private final long snapshot;
    private final String[] row = new String[COLUMNS.length];
    private int pending;
    private long written;

    CountRows(Connection connection, long snapshot) throws SQLException {
        this.insert = connection.prepareStatement("INSERT INTO counts (snapshot_id, grouping, tweet_id, tweet_id_int, "
                + "engagement_type, day, hour, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        this.snapshot = snapshot;
    }

    void add(Grouping g, CountTree counts) throws Failed {
        int[] columnOf = new int[g.depth()];
        for (int i = 0; i < g.depth(); i++) {
            columnOf[i] = java.util.Arrays.asList(COLUMNS).indexOf(g.keys().get(i));
        }
        SQLException[] failure = new SQLException[1];
        counts.forEachLeaf(g.depth(), (path, count) -> {
            if (failure[0] != null) {
                return;
            }
            java.util.Arrays.fill(row, null);
            for (int i = 0; i < path.length; i++) {
                row[columnOf[i]] = path[i];
            }
            try {
                addRow(g.name(), count);
            } catch (SQLException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw new Failed(failure[0]);
        }
    }

    private void addRow(String grouping, long count) throws SQLException {
        insert.setLong(1, snapshot);
        insert.setString(2, grouping);
        insert.setString(3, row[0]);
        Long asInteger = integer(row[0]);
        if (asInteger == null) {
            insert.setNull(4, Types.BIGINT);
        } else {
            insert.setLong(4, asInteger);
        }
        insert.setString(5, row[1]);
        insert.setString(6, row[2]);
        insert.setString(7, row[3]);
        insert.setLong(8, count);
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    /** Sends what is pending; returns the rows written in all. */
    long finish() throws SQLException {
        try {
            flush();
            return written;
        } finally {
            insert.close();
        }
    }

    private static Long integer(String tweetId) {
        if (tweetId == null) {
            return null;
        }
        try {
            return Long.parseLong(tweetId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
