package dev.engagement.store;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collections;

/**
 * Writes a snapshot's counts as tidy rows, one per count, sent in batches of {@link #BATCH}
 * within the caller's transaction. A Tweet ID is kept as text exactly as given, and as an integer
 * for joins (null where it does not fit 64 bits).
 *
 * <p>On SQLite each statement inserts {@link Dialect#rowsPerInsert()} rows: the driver crosses into
 * native code once per bound value and three more times per statement, so a statement of many
 * rows saves most of that per-row cost. Rows wait in {@code pending} until a statement is full;
 * the last few go through a statement of one row.
 */
final class CountRows {
    static final int BATCH = 5_000;
    private static final String COLUMNS_SQL = "INSERT INTO counts (snapshot_id, grouping, tweet_id, tweet_id_int, "
            + "engagement_type, day, hour, count) VALUES ";
    private static final String ONE_ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int PARAMETERS = 8;
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

    private final Connection connection;
    private final PreparedStatement insert;
    private final int rowsPerInsert;
    private final long snapshot;
    /** Rows not yet bound: grouping and the four key columns (null where the grouping lacks one), and the count. */
    private final String[][] pending;
    private final long[] pendingCount;
    private int buffered;
    private int unsent;
    private long written;

    CountRows(Connection connection, Dialect dialect, long snapshot) throws SQLException {
        this.connection = connection;
        this.rowsPerInsert = dialect.rowsPerInsert();
        this.insert = connection.prepareStatement(COLUMNS_SQL + String.join(", ", Collections.nCopies(rowsPerInsert,
                ONE_ROW)));
        this.snapshot = snapshot;
        this.pending = new String[rowsPerInsert][1 + COLUMNS.length];
        this.pendingCount = new long[rowsPerInsert];
    }

    void add(Grouping g, CountTree counts) throws Failed {
        int[] columnOf = new int[g.depth()];
        for (int i = 0; i < g.depth(); i++) {
            columnOf[i] = Arrays.asList(COLUMNS).indexOf(g.keys().get(i));
        }
        SQLException[] failure = new SQLException[1];
        counts.forEachLeaf(g.depth(), (path, count) -> {
            if (failure[0] != null) {
                return;
            }
            String[] row = pending[buffered];
            Arrays.fill(row, null);
            row[0] = g.name();
            for (int i = 0; i < path.length; i++) {
                row[1 + columnOf[i]] = path[i];
            }
            pendingCount[buffered] = count;
            try {
                if (++buffered == rowsPerInsert) {
                    bindPending(insert);
                }
            } catch (SQLException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw new Failed(failure[0]);
        }
    }

    /** Binds the buffered rows as one statement of the batch, and sends the batch when it is full. */
    private void bindPending(PreparedStatement p) throws SQLException {
        for (int r = 0; r < buffered; r++) {
            bindRow(p, r * PARAMETERS, pending[r], pendingCount[r]);
        }
        p.addBatch();
        unsent += buffered;
        buffered = 0;
        if (unsent >= BATCH) {
            send(p);
        }
    }

    private void bindRow(PreparedStatement p, int at, String[] row, long count) throws SQLException {
        p.setLong(at + 1, snapshot);
        p.setString(at + 2, row[0]);
        String tweet = row[1];
        p.setString(at + 3, tweet);
        long asInteger = tweet == null ? -1 : integer(tweet);
        if (asInteger < 0) {
            p.setNull(at + 4, Types.BIGINT);
        } else {
            p.setLong(at + 4, asInteger);
        }
        p.setString(at + 5, row[2]);
        p.setString(at + 6, row[3]);
        p.setString(at + 7, row[4]);
        p.setLong(at + 8, count);
    }

    private void send(PreparedStatement p) throws SQLException {
        if (unsent > 0) {
            p.executeBatch();
            written += unsent;
            unsent = 0;
        }
    }

    /** Sends what is pending; returns the rows written in all. */
    long finish() throws SQLException {
        try {
            send(insert);
            if (buffered > 0) {
                try (PreparedStatement one = connection.prepareStatement(COLUMNS_SQL + ONE_ROW)) {
                    String[][] rows = pending;
                    long[] counts = pendingCount;
                    int n = buffered;
                    buffered = 0;
                    for (int r = 0; r < n; r++) {
                        bindRow(one, 0, rows[r], counts[r]);
                        one.addBatch();
                    }
                    one.executeBatch();
                    written += n;
                }
            }
            return written;
        } finally {
            insert.close();
        }
    }

    /** The ID as a 64-bit integer, or -1 where it is not one. */
    private static long integer(String tweetId) {
        try {
            long v = Long.parseLong(tweetId);
            return v < 0 ? -1 : v;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
