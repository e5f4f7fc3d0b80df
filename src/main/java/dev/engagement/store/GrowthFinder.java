package dev.engagement.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Finds, per Tweet and metric, the count in the first and the last complete snapshot of the period
 * that holds it (summed over any day or hour), in one query; the database does the work, and only
 * a Top-N heap per metric stays in memory here. Also sums each complete snapshot of the period per
 * metric ({@link #series}), over the same rows.
 */
final class GrowthFinder {
    /** Ranking: the larger change first; between equal changes, the smaller Tweet ID. */
    static final Comparator<GrowthRow> FASTEST = Comparator.comparingLong(GrowthRow::change).reversed()
            .thenComparing(r -> r.tweetId().length()).thenComparing(GrowthRow::tweetId);

    private static final String IN_PERIOD = "s.endpoint = ? AND s.fetched_at >= ?";
    private static final String PERIOD = IN_PERIOD + " AND s.complete = TRUE";
    /** A snapshot's count rows that growth reads: those of its Tweet-keyed grouping. */
    private static final String TWEET_COUNTS = "FROM snapshots s JOIN counts c ON c.snapshot_id = s.id "
            + "AND c.grouping = s.tweet_grouping ";

    private final Connection connection;

    GrowthFinder(Connection connection) {
        this.connection = connection;
    }

    Growth find(GrowthQuery q) throws SQLException {
        int snapshots;
        String first;
        String last;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT COUNT(*), MIN(s.fetched_at), MAX(s.fetched_at) FROM snapshots s WHERE " + PERIOD)) {
            bindPeriod(p, q);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                snapshots = r.getInt(1);
                first = r.getString(2);
                last = r.getString(3);
            }
        }
        Map<String, PriorityQueue<GrowthRow>> heaps = new TreeMap<>();
        if (snapshots >= 2) {
            try (PreparedStatement p = connection.prepareStatement(sql(q))) {
                bindMetrics(p, bindPeriod(p, q), q);
                p.setFetchSize(CountRows.BATCH);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        offer(heaps, q.top(), new GrowthRow(r.getString(2), r.getString(1), Times.parse(r.getString(3)),
                                r.getLong(4), Times.parse(r.getString(5)), r.getLong(6)));
                    }
                }
            }
        }
        Map<String, List<GrowthRow>> top = new LinkedHashMap<>();
        heaps.forEach((metric, heap) -> {
            List<GrowthRow> ranked = new ArrayList<>(heap);
            ranked.sort(FASTEST);
            top.put(metric, Collections.unmodifiableList(ranked));
        });
        return new Growth(snapshots, first == null ? null : Times.parse(first), last == null ? null : Times.parse(last),
                top);
    }

    /** The complete snapshots of the period, oldest first, each summed per metric; and the partial ones left out. */
    GrowthSeries series(GrowthQuery q) throws SQLException {
        List<SnapshotSums> found = new ArrayList<>();
        Map<Long, Map<String, Long>> sums = new LinkedHashMap<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT s.id, s.fetched_at, s.tweet_ids FROM snapshots s "
                + "WHERE " + PERIOD + " ORDER BY s.fetched_at, s.id")) {
            bindPeriod(p, q);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sums.put(r.getLong(1), new TreeMap<>());
                    found.add(new SnapshotSums(r.getLong(1), Times.parse(r.getString(2)), r.getLong(3), Map.of()));
                }
            }
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT s.id, c.engagement_type, SUM(c.count) "
                + TWEET_COUNTS + "WHERE " + PERIOD + metricFilter(q) + " GROUP BY s.id, c.engagement_type")) {
            bindMetrics(p, bindPeriod(p, q), q);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, Long> perMetric = sums.get(r.getLong(1));
                    if (perMetric != null) {
                        perMetric.put(r.getString(2), r.getLong(3));
                    }
                }
            }
        }
        List<SnapshotSums> snapshots = new ArrayList<>();
        for (SnapshotSums s : found) {
            snapshots.add(new SnapshotSums(s.id(), s.fetchedAt(), s.tweetIds(), sums.get(s.id())));
        }
        int partial;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT COUNT(*) FROM snapshots s WHERE " + IN_PERIOD + " AND s.complete = FALSE")) {
            bindPeriod(p, q);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                partial = r.getInt(1);
            }
        }
        return new GrowthSeries(snapshots, partial);
    }

    private static void offer(Map<String, PriorityQueue<GrowthRow>> heaps, int top, GrowthRow row) {
        // The heap's head is the slowest of those kept, so the next faster one replaces it.
        PriorityQueue<GrowthRow> heap = heaps.computeIfAbsent(row.metric(), m -> new PriorityQueue<>(FASTEST.reversed()));
        heap.add(row);
        if (heap.size() > top) {
            heap.poll();
        }
    }

    private static int bindPeriod(PreparedStatement p, GrowthQuery q) throws SQLException {
        p.setString(1, q.endpoint());
        p.setString(2, Times.format(q.since()));
        return 2;
    }

    private static void bindMetrics(PreparedStatement p, int bound, GrowthQuery q) throws SQLException {
        int n = bound;
        for (String m : q.metrics()) {
            p.setString(++n, m);
        }
    }

    private static String metricFilter(GrowthQuery q) {
        return q.metrics().isEmpty() ? ""
                : " AND c.engagement_type IN (" + String.join(", ", Collections.nCopies(q.metrics().size(), "?")) + ")";
    }

    private static String sql(GrowthQuery q) {
        return "WITH per AS ("
                + "SELECT c.tweet_id, c.engagement_type, s.id AS snapshot_id, s.fetched_at, SUM(c.count) AS n "
                + TWEET_COUNTS
                + "WHERE " + PERIOD + metricFilter(q) + " "
                + "GROUP BY c.tweet_id, c.engagement_type, s.id, s.fetched_at), "
                + "ranked AS (SELECT tweet_id, engagement_type, fetched_at, n, "
                + "ROW_NUMBER() OVER (PARTITION BY tweet_id, engagement_type ORDER BY fetched_at, snapshot_id) AS from_first, "
                + "ROW_NUMBER() OVER (PARTITION BY tweet_id, engagement_type ORDER BY fetched_at DESC, snapshot_id DESC) "
                + "AS from_last FROM per) "
                + "SELECT f.tweet_id, f.engagement_type, f.fetched_at, f.n, l.fetched_at, l.n "
                + "FROM ranked f JOIN ranked l ON l.tweet_id = f.tweet_id AND l.engagement_type = f.engagement_type "
                + "AND l.from_last = 1 WHERE f.from_first = 1 AND f.fetched_at < l.fetched_at";
    }
}
