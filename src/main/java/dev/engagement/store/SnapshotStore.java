package dev.engagement.store;

import dev.engagement.DatabaseUrls;
import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.merge.BatchHistory;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.ResultMerger;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * An open snapshot store. Each run is written in one transaction, its counts streamed from the
 * run's batches in batched inserts: a store never holds half a snapshot, whatever stops the write.
 */
public final class SnapshotStore implements AutoCloseable {
    /** Receives a snapshot's count rows, in the tidy layout of {@code counts}. */
    @FunctionalInterface
    public interface CountVisitor {
        void visit(String grouping, String tweetId, String engagementType, String day, String hour, long count)
                throws IOException;
    }

    private final StoreTarget target;
    private final Connection connection;
    private final Clock clock;

    private SnapshotStore(StoreTarget target, Connection connection, Clock clock) {
        this.target = target;
        this.connection = connection;
        this.clock = clock;
    }

    /** Connects, and creates or migrates the schema; a store that cannot be opened is one sentence. */
    public static SnapshotStore open(StoreTarget target, Clock clock) {
        Connection c;
        try {
            Properties props = new Properties();
            if (target.dialect() == Dialect.POSTGRES) {
                // One multi-row INSERT per batch instead of a round trip per row.
                props.setProperty("reWriteBatchedInserts", "true");
            }
            c = DriverManager.getConnection(target.jdbcUrl(), props);
        } catch (SQLException e) {
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, "Cannot open the store " + target.shown() + " ("
                    + reason(e) + "): check the path or URL, and that the database is reachable.", e);
        }
        try {
            target.dialect().prepare(c);
            Schema.migrate(c, target.dialect(), clock, target.shown());
            return new SnapshotStore(target, c, clock);
        } catch (SQLException e) {
            closeQuietly(c);
            throw failed(target, "could not be prepared", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public StoreTarget target() {
        return target;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Stores one run as a snapshot, reading its batches from {@code history}. A run stored before
     * completely is left as it is; one stored partial is replaced, in the same transaction.
     */
    public Added add(Snapshot snapshot, BatchHistory history) throws IOException {
        try {
            connection.setAutoCommit(false);
            try {
                Added added = write(snapshot, history);
                connection.commit();
                return added;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (CountRows.Failed e) {
            throw failed(target, "could not store the snapshot", e.sql());
        } catch (SQLException e) {
            throw failed(target, "could not store the snapshot", e);
        }
    }

    private Added write(Snapshot s, BatchHistory history) throws SQLException, IOException {
        boolean replaced = false;
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT id, complete FROM snapshots WHERE fingerprint = ? AND fetched_at = ?")) {
            find.setString(1, s.fingerprint());
            find.setString(2, Times.format(s.fetchedAt()));
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    long id = r.getLong(1);
                    if (r.getBoolean(2)) {
                        return new Added(id, 0, true, false);
                    }
                    delete(List.of(id));
                    replaced = true;
                }
            }
        }
        long id = insertSnapshot(s);
        CountRows rows = new CountRows(connection, target.dialect(), id);
        List<Grouping> all = s.groupings();
        ResultMerger merger = new ResultMerger(all, all, (g, counts) -> {
            if (g.isKeyedByTweet()) {
                rows.add(g, counts);
            }
        });
        merger.ids().outOfRange.addAll(s.outOfRange());
        history.forEachBatch(null, merger::accept);
        RunResult result = merger.finish(null, List.of(), !s.complete());
        for (Grouping g : all) {
            CountTree aggregate = result.aggregates().get(g.name());
            if (aggregate != null) {
                rows.add(g, aggregate);
            }
        }
        long written = rows.finish();
        writeIds(id, result.ids());
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE snapshots SET window_start = ?, window_end = ? WHERE id = ?")) {
            p.setString(1, result.start());
            p.setString(2, result.end());
            p.setLong(3, id);
            p.executeUpdate();
        }
        return new Added(id, written, false, replaced);
    }

    private long insertSnapshot(Snapshot s) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO snapshots (fetched_at, endpoint, metrics, "
                + "groupings, tweet_grouping, fingerprint, complete, tweet_ids, tool_version, stored_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            p.setString(1, Times.format(s.fetchedAt()));
            p.setString(2, s.endpoint());
            p.setString(3, String.join(",", s.metrics()));
            p.setString(4, s.describeGroupings());
            p.setString(5, s.tweetGrouping());
            p.setString(6, s.fingerprint());
            p.setBoolean(7, s.complete());
            p.setLong(8, s.tweetIds());
            p.setString(9, s.toolVersion());
            p.setString(10, Times.format(clock.instant()));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void writeIds(long id, IdLists ids) throws SQLException {
        Map<String, Collection<String>> lists = new LinkedHashMap<>();
        lists.put(IdList.UNAVAILABLE, ids.unavailable);
        lists.put(IdList.UNSUPPORTED_VIDEO_VIEWS, ids.unsupportedForVideoViews);
        lists.put(IdList.UNSUPPORTED_IMPRESSIONS_ENGAGEMENTS, ids.unsupportedForImpressionsEngagements);
        lists.put(IdList.FORBIDDEN, ids.forbidden);
        lists.put(IdList.FAILED, ids.failed);
        lists.put(IdList.OUT_OF_RANGE, ids.outOfRange);
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO snapshot_ids (snapshot_id, list, tweet_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            int pending = 0;
            for (Map.Entry<String, Collection<String>> e : lists.entrySet()) {
                for (String tweet : e.getValue()) {
                    p.setLong(1, id);
                    p.setString(2, e.getKey());
                    p.setString(3, tweet);
                    p.addBatch();
                    if (++pending == CountRows.BATCH) {
                        p.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
        }
    }

    /** Every snapshot, oldest first, with its number of count rows. */
    public List<StoredSnapshot> list() {
        return select("", List.of());
    }

    /** One snapshot, or null. */
    public StoredSnapshot snapshot(long id) {
        List<StoredSnapshot> found = select("WHERE s.id = ?", List.of(id));
        return found.isEmpty() ? null : found.get(0);
    }

    private List<StoredSnapshot> select(String where, List<Object> args) {
        String sql = "SELECT s.id, s.fetched_at, s.endpoint, s.window_start, s.window_end, s.metrics, s.groupings, "
                + "s.fingerprint, s.complete, s.tweet_ids, s.tool_version, "
                + "(SELECT COUNT(*) FROM counts c WHERE c.snapshot_id = s.id) FROM snapshots s " + where
                + " ORDER BY s.fetched_at, s.id";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            List<StoredSnapshot> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredSnapshot(r.getLong(1), Times.parse(r.getString(2)), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                            r.getBoolean(9), r.getLong(10), r.getString(11), r.getLong(12)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed(target, "could not be read", e);
        }
    }

    /** Streams one snapshot's counts, in the order they were stored. */
    public void forEachCount(long id, CountVisitor visitor) throws IOException {
        try (PreparedStatement p = connection.prepareStatement("SELECT grouping, tweet_id, engagement_type, day, hour, "
                + "count FROM counts WHERE snapshot_id = ? ORDER BY grouping, tweet_id_int, tweet_id, engagement_type, "
                + "day, hour")) {
            p.setLong(1, id);
            p.setFetchSize(CountRows.BATCH);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    visitor.visit(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getLong(6));
                }
            }
        } catch (SQLException e) {
            throw failed(target, "could not be read", e);
        }
    }

    /** One snapshot's ID lists: list name to IDs, in ID order. */
    public Map<String, List<String>> idLists(long id) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT list, tweet_id FROM snapshot_ids WHERE snapshot_id = ? ORDER BY list, tweet_id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed(target, "could not be read", e);
        }
    }

    /**
     * Removes the snapshots fetched before {@code before} (null: none for age), and all but the newest
     * {@code keep} (null: no limit), in one transaction; returns how many were removed.
     */
    public int prune(Instant before, Integer keep) {
        List<Long> gone = new ArrayList<>();
        List<StoredSnapshot> all = list();
        for (int i = 0; i < all.size(); i++) {
            StoredSnapshot s = all.get(i);
            boolean tooOld = before != null && s.fetchedAt().isBefore(before);
            boolean tooMany = keep != null && i < all.size() - keep;
            if (tooOld || tooMany) {
                gone.add(s.id());
            }
        }
        try {
            connection.setAutoCommit(false);
            try {
                delete(gone);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed(target, "could not remove snapshots", e);
        }
        return gone.size();
    }

    private void delete(List<Long> ids) throws SQLException {
        for (String table : List.of("counts", "snapshot_ids")) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE snapshot_id = ?")) {
                for (long id : ids) {
                    p.setLong(1, id);
                    p.executeUpdate();
                }
            }
        }
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM snapshots WHERE id = ?")) {
            for (long id : ids) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
    }

    /** Which Tweets grew fastest: see {@link GrowthFinder}. */
    public Growth growth(GrowthQuery query) {
        try {
            return new GrowthFinder(connection).find(query);
        } catch (SQLException e) {
            throw failed(target, "could not be read", e);
        }
    }

    /** Each complete snapshot of the period summed per metric, and how many partial ones it leaves out. */
    public GrowthSeries growthSeries(GrowthQuery query) {
        try {
            return new GrowthFinder(connection).series(query);
        } catch (SQLException e) {
            throw failed(target, "could not be read", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that will not close
        }
    }

    static EngagementException failed(StoreTarget target, String what, SQLException e) {
        return new EngagementException(ExitCode.PARTIAL_FAILURE, "The store " + target.shown() + " " + what + " ("
                + reason(e) + ").", e);
    }

    static String reason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = m.indexOf('\n');
        return DatabaseUrls.redact(newline < 0 ? m : m.substring(0, newline));
    }
}
