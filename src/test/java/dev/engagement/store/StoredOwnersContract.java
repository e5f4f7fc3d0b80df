package dev.engagement.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * What the owner cache in a store must do, on a real database: a run sees the owners as they were
 * at its start, its save writes what changed in one transaction, stale entries are corrected, and the
 * caches of two apps in one store stay apart. Subclasses name the database.
 */
abstract class StoredOwnersContract {
    static final String SCOPE = "https://api.example/ key-a";
    static final Clock T1 = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    static final Clock T2 = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    /** A store of its own for each test: a file path or a JDBC URL. */
    abstract String newStore() throws Exception;

    /** Makes the database refuse to remember an owner of {@code tweetId}, so a save fails part way. */
    abstract void refuseOwnerOf(Connection c, long tweetId) throws Exception;

    static long rows(StoreTarget target, String where) throws Exception {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl()); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM tweet_owners" + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aRunSeesTheOwnersOfItsStartAndTheNextRunSeesWhatItLearnt() throws Exception {
        StoreTarget target = StoreTarget.parse(newStore());
        StoredOwners first = StoredOwners.open(target, T1, SCOPE);
        String empty = first.snapshot();
        first.owned(11, "brand");
        first.owned(12, "ceo");
        first.owned(13, "ceo");
        assertNull(first.ownerOf(11), "the run's view stays as it started");
        first.save();
        assertEquals(3, rows(target, ""));

        StoredOwners second = StoredOwners.open(target, T2, SCOPE);
        assertEquals(3, second.size());
        assertEquals("brand", second.ownerOf(11));
        assertEquals("ceo", second.ownerOf(12));
        assertNotEquals(empty, second.snapshot());
        assertEquals(second.snapshot(), StoredOwners.open(target, T2, SCOPE).snapshot(), "the same rows, the same snapshot");
        second.owned(11, "ceo"); // stale: corrected
        second.ownedByNone(12); // owned by none of the profiles: forgotten
        second.owned(13, "ceo"); // confirmed: nothing to write
        second.save();

        StoredOwners third = StoredOwners.open(target, T2, SCOPE);
        assertEquals("ceo", third.ownerOf(11));
        assertNull(third.ownerOf(12));
        assertEquals("ceo", third.ownerOf(13));
        assertEquals(2, third.size());
        assertEquals(1, rows(target, " WHERE learnt_at = '2026-12-01T10:00:00Z'"), "only the change was rewritten");
    }

    @Test
    void twoAppsInOneStoreKeepTheirOwnOwnersAndTwoRunsEndingAtOnceBothKeepWhatTheyLearnt() throws Exception {
        StoreTarget target = StoreTarget.parse(newStore());
        StoredOwners a = StoredOwners.open(target, T1, SCOPE);
        StoredOwners b = StoredOwners.open(target, T1, SCOPE);
        StoredOwners other = StoredOwners.open(target, T1, "https://api.example/ key-b");
        a.owned(1, "brand");
        b.owned(2, "agency");
        other.owned(1, "someone");
        a.save();
        b.save();
        other.save();
        StoredOwners next = StoredOwners.open(target, T2, SCOPE);
        assertEquals("brand", next.ownerOf(1));
        assertEquals("agency", next.ownerOf(2));
        assertEquals("someone", StoredOwners.open(target, T2, "https://api.example/ key-b").ownerOf(1));
        assertEquals(0, rows(target, " WHERE cache_key LIKE '%key%' OR cache_key LIKE '%example%'"),
                "the key names neither the API nor the consumer key");
    }

    @Test
    void manyOwnersAreSavedInBatchesAndAFailedSaveLeavesTheCacheAsItWas() throws Exception {
        StoreTarget target = StoreTarget.parse(newStore());
        StoredOwners first = StoredOwners.open(target, T1, SCOPE);
        int n = CountRows.BATCH * 2 + 17;
        for (int i = 1; i <= n; i++) {
            first.owned(i, "user" + (i % 3));
        }
        first.save();
        assertEquals(n, rows(target, ""));

        try (Connection c = DriverManager.getConnection(target.jdbcUrl())) {
            refuseOwnerOf(c, n + 500);
        }
        StoredOwners second = StoredOwners.open(target, T2, SCOPE);
        String before = second.snapshot();
        for (int i = 1; i <= n; i++) {
            second.ownedByNone(i);
        }
        for (int i = n + 1; i <= n + 1000; i++) {
            second.owned(i, "late");
        }
        IOException e = assertThrows(IOException.class, second::save);
        assertNotEquals(null, e.getMessage());
        assertEquals(n, rows(target, ""), "nothing of the failed save is kept");
        assertEquals(before, StoredOwners.open(target, T2, SCOPE).snapshot());
    }

    @Test
    void aStoreOfVersionOneIsMigratedToVersionTwo() throws Exception {
        StoreTarget target = StoreTarget.parse(newStore());
        StoredOwners.open(target, T1, SCOPE);
        try (Connection c = DriverManager.getConnection(target.jdbcUrl()); Statement s = c.createStatement()) {
            // As a store written before the owner cache was kept in it.
            s.execute("DROP TABLE tweet_owners");
            s.execute("DELETE FROM schema_version WHERE version = 2");
        }
        StoredOwners owners = StoredOwners.open(target, T1, SCOPE);
        owners.owned(5, "brand");
        owners.save();
        assertEquals("brand", StoredOwners.open(target, T2, SCOPE).ownerOf(5));
        try (Connection c = DriverManager.getConnection(target.jdbcUrl()); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            assertEquals(Schema.VERSION, r.getInt(1));
            assertEquals(2, Schema.VERSION);
        }
    }
}
