package dev.engagement.store;

import dev.engagement.EngagementException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * The store's tables, versioned: {@code schema_version} holds one row per migration applied, and
 * opening a store applies those it lacks, each in a transaction. A store written by a newer
 * version of the tool is refused rather than misread. The README's "Tracking growth" section
 * describes these tables; keep the two in step. Version 2 adds the owner cache ({@link StoredOwners}).
 */
final class Schema {
    /** Migration {@code n} (1-based) brings a store from version n-1 to n. Never change one that has shipped. */
    private static List<List<String>> migrations(Dialect d) {
        return List.of(List.of(
                "CREATE TABLE snapshots ("
                        + "id " + d.idColumn() + ", "
                        + "fetched_at TEXT NOT NULL, "
                        + "endpoint TEXT NOT NULL, "
                        + "window_start TEXT, "
                        + "window_end TEXT, "
                        + "metrics TEXT NOT NULL, "
                        + "groupings TEXT NOT NULL, "
                        + "tweet_grouping TEXT, "
                        + "fingerprint TEXT NOT NULL, "
                        + "complete BOOLEAN NOT NULL, "
                        + "tweet_ids BIGINT NOT NULL, "
                        + "tool_version TEXT NOT NULL, "
                        + "stored_at TEXT NOT NULL, "
                        + "UNIQUE (fingerprint, fetched_at))",
                "CREATE INDEX snapshots_by_time ON snapshots (endpoint, fetched_at)",
                "CREATE TABLE counts ("
                        + "snapshot_id BIGINT NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE, "
                        + "grouping TEXT NOT NULL, "
                        + "tweet_id TEXT, "
                        + "tweet_id_int BIGINT, "
                        + "engagement_type TEXT, "
                        + "day TEXT, "
                        + "hour TEXT, "
                        + "count BIGINT NOT NULL)",
                "CREATE INDEX counts_by_snapshot ON counts (snapshot_id, grouping)",
                "CREATE INDEX counts_by_tweet ON counts (tweet_id_int, engagement_type, snapshot_id)",
                "CREATE TABLE snapshot_ids ("
                        + "snapshot_id BIGINT NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE, "
                        + "list TEXT NOT NULL, "
                        + "tweet_id TEXT NOT NULL, "
                        + "PRIMARY KEY (snapshot_id, list, tweet_id))"),
                List.of("CREATE TABLE tweet_owners ("
                        + "cache_key TEXT NOT NULL, "
                        + "tweet_id BIGINT NOT NULL, "
                        + "profile TEXT NOT NULL, "
                        + "learnt_at TEXT NOT NULL, "
                        + "PRIMARY KEY (cache_key, tweet_id))"));
    }

    static final int VERSION = 2;

    private Schema() {
    }

    /** Brings the store's schema to {@link #VERSION}; returns the version it had (0 for a new store). */
    static int migrate(Connection c, Dialect dialect, Clock clock, String shown) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (!hasTable(c, "schema_version")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
                }
            }
            int found = current(c);
            if (found > VERSION) {
                throw EngagementException.usage("The store " + shown + " has schema version " + found + ", written by a "
                        + "newer version of this tool (this one knows up to " + VERSION + "): upgrade engagement.");
            }
            List<List<String>> all = migrations(dialect);
            for (int v = found + 1; v <= VERSION; v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : all.get(v - 1)) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, Times.format(clock.instant()));
                    p.executeUpdate();
                }
            }
            c.commit();
            return found;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getTables(null, null, name, new String[] {"TABLE"})) {
            return r.next();
        }
    }
}
