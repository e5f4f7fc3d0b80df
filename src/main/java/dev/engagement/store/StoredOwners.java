package dev.engagement.store;

import dev.engagement.EngagementException;
import dev.engagement.owners.OwnerTable;
import dev.engagement.owners.TableOwnerCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The owner cache in the store's {@code tweet_owners} table, one set of rows per cache key (a hash of
 * the API URL and consumer key, as the cache file's name): read whole when the run starts, and at its
 * end only what changed is written, in one transaction, so two runs ending at once both keep what
 * they learnt (for the same Tweet, the later one wins). A connection is held only while reading and
 * saving, not for the run.
 */
public final class StoredOwners extends TableOwnerCache {
    private final StoreTarget target;
    private final Clock clock;
    private final String key;

    private StoredOwners(StoreTarget target, Clock clock, String key) {
        this.target = target;
        this.clock = clock;
        this.key = key;
    }

    /** Reads the owners remembered for {@code scope}; a store that cannot be opened or read is one sentence. */
    public static StoredOwners open(StoreTarget target, Clock clock, String scope) {
        StoredOwners owners = new StoredOwners(target, clock, key(scope));
        try (SnapshotStore store = SnapshotStore.open(target, clock);
                PreparedStatement p = store.connection().prepareStatement(
                        "SELECT tweet_id, profile FROM tweet_owners WHERE cache_key = ? ORDER BY tweet_id")) {
            p.setString(1, owners.key);
            p.setFetchSize(CountRows.BATCH);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    owners.table.load(r.getLong(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw SnapshotStore.failed(target, "could not read the owner cache", e);
        }
        return owners;
    }

    /** The cache key of {@code scope}: it tells apart the apps and APIs one store serves, without naming them. */
    static String key(String scope) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public void save() throws IOException {
        if (!table.changed()) {
            return;
        }
        String now = Times.format(clock.instant());
        try (SnapshotStore store = SnapshotStore.open(target, clock)) {
            Connection c = store.connection();
            c.setAutoCommit(false);
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO tweet_owners (cache_key, tweet_id, profile, "
                    + "learnt_at) VALUES (?, ?, ?, ?) ON CONFLICT (cache_key, tweet_id) DO UPDATE SET "
                    + "profile = excluded.profile, learnt_at = excluded.learnt_at");
                    PreparedStatement delete = c.prepareStatement(
                            "DELETE FROM tweet_owners WHERE cache_key = ? AND tweet_id = ?")) {
                int[] pending = {0, 0};
                table.<SQLException>forEachChange(new OwnerTable.Changes<>() {
                    @Override
                    public void owned(long tweetId, String profile) throws SQLException {
                        upsert.setString(1, key);
                        upsert.setLong(2, tweetId);
                        upsert.setString(3, profile);
                        upsert.setString(4, now);
                        upsert.addBatch();
                        if (++pending[0] == CountRows.BATCH) {
                            upsert.executeBatch();
                            pending[0] = 0;
                        }
                    }

                    @Override
                    public void forgotten(long tweetId) throws SQLException {
                        delete.setString(1, key);
                        delete.setLong(2, tweetId);
                        delete.addBatch();
                        if (++pending[1] == CountRows.BATCH) {
                            delete.executeBatch();
                            pending[1] = 0;
                        }
                    }
                });
                if (pending[0] > 0) {
                    upsert.executeBatch();
                }
                if (pending[1] > 0) {
                    delete.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException(SnapshotStore.reason(e), e);
        } catch (EngagementException e) {
            throw new IOException(e.getMessage(), e);
        }
        table.apply();
    }

    @Override
    public String toString() {
        return "StoredOwners[" + target.shown() + ", " + table.size() + " Tweets]";
    }
}
