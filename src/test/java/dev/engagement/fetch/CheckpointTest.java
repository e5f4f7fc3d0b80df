package dev.engagement.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.EngagementException;
import dev.engagement.api.CountTree;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.merge.BatchResult;
import dev.engagement.plan.IdBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
    static final List<Grouping> GROUPINGS = List.of(new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE)));

    static BatchResult result(String id, long favorites) {
        EngagementResponse r = new EngagementResponse();
        CountTree t = new CountTree();
        t.add(new String[] {id, "favorites"}, favorites);
        r.groupings.put("g", t);
        BatchResult b = new BatchResult(GROUPINGS);
        b.add(r);
        b.ids().forbidden.add("99");
        return b;
    }

    static IdBatch batch(int n, String id) {
        return new IdBatch(n, List.of(id), List.of());
    }

    @Test
    void completedBatchesReplayAndATornLastLineIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cp");
        try (Checkpoint cp = Checkpoint.open(file, "f1", null, "test", false)) {
            cp.record(batch(1, "10"), result("10", 5), GROUPINGS);
            cp.record(batch(2, "20"), result("20", 7), GROUPINGS);
        }
        Files.writeString(file, "3\tabc\t\t{\"g\":{\"30\":", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (Checkpoint cp = Checkpoint.open(file, "f1", null, "test", false)) {
            assertTrue(cp.isResuming());
            BatchResult first = cp.replay(batch(1, "10"), GROUPINGS);
            assertNotNull(first);
            assertEquals(5L, first.counts("g").child("10").count("favorites"));
            assertEquals(List.of("99"), List.copyOf(first.ids().forbidden));
            assertEquals(7L, cp.replay(batch(2, "20"), GROUPINGS).counts("g").child("20").count("favorites"));
            assertNull(cp.replay(batch(3, "30"), GROUPINGS), "the torn record is not a completed batch");
            cp.record(batch(3, "30"), result("30", 1), GROUPINGS);
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size(), "header and three whole records: " + lines);
        assertTrue(lines.get(3).startsWith("3\t"));
    }

    @Test
    void aBatchWhoseIdsChangedIsFetchedAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cp");
        try (Checkpoint cp = Checkpoint.open(file, "f1", null, "test", false)) {
            cp.record(batch(1, "10"), result("10", 5), GROUPINGS);
        }
        try (Checkpoint cp = Checkpoint.open(file, "f1", null, "test", false)) {
            assertNull(cp.replay(batch(1, "11"), GROUPINGS));
        }
    }

    @Test
    void anotherCommandsCheckpointIsRefusedUnlessForced(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cp");
        Checkpoint.open(file, "f1", new dev.engagement.api.TimeWindow(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.Instant.parse("2026-02-01T00:00:00Z")), "test", false).close();
        EngagementException e = assertThrows(EngagementException.class,
                () -> Checkpoint.open(file, "f2", null, "test", false));
        assertEquals(dev.engagement.ExitCode.USAGE, e.exitCode());
        try (Checkpoint cp = Checkpoint.open(file, "f2", null, "test", true)) {
            assertTrue(!cp.isResuming());
        }
        try (Checkpoint cp = Checkpoint.open(file, "f1", null, "test", true)) {
            assertNull(cp.storedRange());
        }
    }
}
