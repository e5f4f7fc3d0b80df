package dev.engagement.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.DatabaseUrls;
import dev.engagement.EngagementException;
import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.merge.BatchHistory;
import dev.engagement.merge.BatchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's own promises, on a real SQLite file: all of a snapshot or nothing, and no password shown. */
class SnapshotStoreTest {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Grouping TOTALS = new Grouping("totals", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));

    @TempDir
    Path dir;

    static Snapshot snapshot(Instant at) {
        return new Snapshot(at, "totals", List.of("favorites"), List.of(TOTALS), "f00d", true, 3, "test", List.of());
    }

    /** {@code batches} batches of 1,000 Tweets; failing after {@code failAfter} of them (a crash mid-write). */
    static BatchHistory history(int batches, int failAfter) {
        return (groupings, visitor) -> {
            for (int b = 0; b < batches; b++) {
                if (b == failAfter) {
                    throw new IOException("the disk went away");
                }
                BatchResult r = new BatchResult(List.of(TOTALS));
                CountTree t = new CountTree();
                for (int i = 0; i < 1000; i++) {
                    t.add(new String[] {Long.toString(1_000_000_000_000_000_000L + b * 1000L + i), "favorites"}, i);
                }
                r.setCounts("totals", t);
                visitor.visit(r);
            }
        };
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheStoreAsItWas() throws Exception {
        StoreTarget target = StoreTarget.parse(dir.resolve("s.db").toString());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (SnapshotStore store = SnapshotStore.open(target, clock)) {
            Added first = store.add(snapshot(NOW), history(3, -1));
            assertEquals(3000, first.rows());
            // More than one insert batch is sent before the failure, so rows did reach the database.
            assertThrows(IOException.class, () -> store.add(snapshot(NOW.plusSeconds(3600)), history(20, 15)));
            List<StoredSnapshot> all = store.list();
            assertEquals(1, all.size());
            assertEquals(3000, all.get(0).counts());
            assertTrue(store.add(snapshot(NOW), history(3, -1)).alreadyStored());
        }
        try (SnapshotStore reopened = SnapshotStore.open(target, clock)) {
            assertEquals(1, reopened.list().size());
        }
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        StoreTarget t = StoreTarget.parse("jdbc:postgresql://db.example:5432/metrics?user=me&password=s3cret&ssl=true");
        assertEquals("jdbc:postgresql://db.example:5432/metrics?user=me&password=***&ssl=true", t.shown());
        assertEquals("jdbc:postgresql://me:***@db.example/metrics", DatabaseUrls.redact(
                "jdbc:postgresql://me:s3cret@db.example/metrics"));
        EngagementException e = assertThrows(EngagementException.class,
                () -> SnapshotStore.open(StoreTarget.parse("jdbc:postgresql://127.0.0.1:1/x?password=s3cret"),
                        Clock.systemUTC()));
        assertTrue(!e.getMessage().contains("s3cret") && e.getMessage().contains("password=***"), e.getMessage());
    }
}
